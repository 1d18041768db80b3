package org.bagyt.prisoners;

import java.time.LocalDate;

/** The lawful order that commits a person to custody (Mandela Rule 7(b)): nobody is admitted without one. */
public record CommitmentOrder(String authority, String documentNumber, LocalDate issuedOn) {}
