package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One link of the association network between two prisoners: its kind, the dates it held (to is null while it
 * lasts) and the record it comes from (for example "incident 2026-INC-000123"), so an analyst can check it.
 */
public record AssociationLink(UUID prisonerA, UUID prisonerB, LinkKind kind, LocalDate from, LocalDate to, String source) {
}
