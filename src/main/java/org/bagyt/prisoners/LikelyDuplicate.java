package org.bagyt.prisoners;

import java.time.LocalDate;

/** Someone on file who is probably the person being admitted: enough to recognise them, nothing more. */
public record LikelyDuplicate(String number, String name, LocalDate dateOfBirth, String facilityCode, double score) {}
