package org.bagyt.prisoners;

import java.time.LocalDate;
import java.util.UUID;

/** An offence to add to a prisoner's file; any part may be missing, and is then refused with a reason. */
public record NewOffence(UUID articleId, OffenceStage stage, LocalDate committedOn) {}
