package org.bagyt.prisoners;

import java.util.List;

/**
 * Why a prisoner is held: legal status, offences, the sentence and every calculation of it.
 *
 * @param version the prisoner record's version, for changing the legal status
 * @param sentence null when no sentence is recorded
 */
public record LegalPosition(LegalStatus legalStatus, int version, List<Offence> offences, Sentence sentence,
    List<SentenceCalculation> history, List<LegalStatusChange> statusChanges) {}
