package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person found by a search, with how well they match (0 to 1).
 *
 * @param name the name as written in the original script, family name first
 * @param otherSpellings the Latin spelling on file and the BGN/PCGN spellings of the name, where they differ
 * @param released whether the person has left custody (shown only when the search asked for released people)
 */
public record PrisonerMatch(UUID id, String number, String name, List<String> otherSpellings, LocalDate dateOfBirth,
    String facilityCode, boolean released, double score) {}
