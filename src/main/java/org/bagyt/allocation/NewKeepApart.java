package org.bagyt.allocation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A keep-apart pair as a person records it. The second prisoner is named by id (the API) or by number (the form).
 */
public record NewKeepApart(UUID firstPrisonerId, KeepApart.Role firstRole, UUID secondPrisonerId, String secondNumber,
    KeepApart.Role secondRole, KeepApart.Reason reason, String comment, KeepApart.Scope scope,
    Set<KeepApart.Activity> activities, LocalDate reviewOn) {}
