package org.bagyt.staff;

import java.time.LocalDate;

/** An accreditation to record; without an expiry it lasts the configured validity (default two years). */
public record NewAccreditation(String username, String instrumentId, LocalDate issuedOn, LocalDate expiresOn, String issuer) {}
