package org.bagyt.custody;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of an order in the daily log.
 *
 * @param day the day logged (today when empty on a request)
 * @param contactHours hours of meaningful human contact, 0 to 24
 * @param outOfCellHours hours out of the cell, 0 to 24
 * @param healthVisitBy who from health staff visited (Mandela Rule 46); empty: no visit
 * @param managementVisitBy who from management visited (required daily for disciplinary orders); empty: no visit
 * @param note anything else the officer records
 */
public record SegregationDay(LocalDate day, BigDecimal contactHours, BigDecimal outOfCellHours, String healthVisitBy,
    String managementVisitBy, String note) {}
