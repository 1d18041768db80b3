package org.bagyt.audit;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What happened, to what and why; {@link AuditTrail} adds who, when and from where.
 *
 * @param action a stable upper-case code from {@link AuditActions} (or a module's own, in the same form)
 * @param resourceType what kind of record, e.g. {@code PRISONER_FILE}, {@code FACILITY}; null for none
 * @param resourceId which record; null for none
 * @param prisonerId the prisoner whose file this touches, if any
 * @param facilityId the facility concerned, if any
 * @param purpose the purpose the person stated, where Bagyt asks for one
 * @param outcome how it ended; SUCCESS unless said otherwise
 */
public record AuditEvent(String action, String resourceType, String resourceId, UUID prisonerId, UUID facilityId,
                         String purpose, AuditOutcome outcome) {

  private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    if (!ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("An audit action is an upper-case code such as READ: " + action);
    }
    outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
  }

  /** An event about no particular record, such as a sign-in. */
  public static AuditEvent of(String action) {
    return new AuditEvent(action, null, null, null, null, null, AuditOutcome.SUCCESS);
  }

  public static AuditEvent of(String action, String resourceType, Object resourceId) {
    return new AuditEvent(action, resourceType, resourceId == null ? null : resourceId.toString(), null, null, null,
        AuditOutcome.SUCCESS);
  }

  public static AuditEvent read(String resourceType, Object resourceId) {
    return of(AuditActions.READ, resourceType, resourceId);
  }

  public static AuditEvent create(String resourceType, Object resourceId) {
    return of(AuditActions.CREATE, resourceType, resourceId);
  }

  public static AuditEvent update(String resourceType, Object resourceId) {
    return of(AuditActions.UPDATE, resourceType, resourceId);
  }

  public static AuditEvent export(String resourceType, Object resourceId) {
    return of(AuditActions.EXPORT, resourceType, resourceId);
  }

  /** The same event, about this prisoner's file. */
  public AuditEvent forPrisoner(UUID prisoner) {
    return new AuditEvent(action, resourceType, resourceId, prisoner, facilityId, purpose, outcome);
  }

  /** The same event, in this facility. */
  public AuditEvent atFacility(UUID facility) {
    return new AuditEvent(action, resourceType, resourceId, prisonerId, facility, purpose, outcome);
  }

  /** The same event, with the purpose the person stated. */
  public AuditEvent withPurpose(String statedPurpose) {
    return new AuditEvent(action, resourceType, resourceId, prisonerId, facilityId, statedPurpose, outcome);
  }

  public AuditEvent withOutcome(AuditOutcome ended) {
    return new AuditEvent(action, resourceType, resourceId, prisonerId, facilityId, purpose, ended);
  }

  public AuditEvent denied() {
    return withOutcome(AuditOutcome.DENIED);
  }

  public AuditEvent failed() {
    return withOutcome(AuditOutcome.FAILED);
  }
}
