package org.bagyt.prisoners;

/** Mandela Rule 11 keeps untried prisoners apart from convicted ones. */
public enum LegalStatus { UNTRIED, CONVICTED, UNDER_APPEAL }
