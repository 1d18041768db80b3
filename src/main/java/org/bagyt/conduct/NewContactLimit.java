package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.List;

/** A limit on the means of contact: which means, why, from when and until when (required). */
public record NewContactLimit(List<ContactMeans> means, String reason, LocalDate startsOn, LocalDate expiresOn) {}
