package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.List;

/** What an officer saw: the catalogue's behaviours (none or several) and their own words; today when no day is given. */
public record NewObservation(LocalDate observedOn, List<String> behaviours, String account) {}
