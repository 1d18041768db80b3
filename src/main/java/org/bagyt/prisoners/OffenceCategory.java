package org.bagyt.prisoners;

/**
 * The kind of offence an article defines; it decides the early-release fraction and feeds statistics by
 * offence. It is a legal label, never a risk rating: risk comes from assessment (DOMAIN.md §6.1).
 * Listed from the gravest; when fractions tie, the earlier category governs a sentence.
 */
public enum OffenceCategory { TERRORISM, EXTREMISM, VIOLENT, OTHER }
