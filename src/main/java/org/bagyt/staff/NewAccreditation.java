package org.bagyt.staff;

import java.time.LocalDate;

/**
 * An accreditation to record.
 *
 * @param expiresOn the last day it is in force; null for the configured validity after {@code issuedOn}
 *     ({@code BAGYT_ACCREDITATION_YEARS}, 2 years unless set)
 */
public record NewAccreditation(String username, String instrumentId, LocalDate issuedOn, LocalDate expiresOn,
    String issuer) {}
