package org.bagyt.conduct;

import java.time.LocalDate;

/** A complaint as a member of staff records it for the prisoner; {@code madeOn} is today when left out. */
public record NewComplaint(ComplaintCategory category, String text, Boolean retaliation, LocalDate madeOn) {}
