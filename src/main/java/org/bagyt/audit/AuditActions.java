package org.bagyt.audit;

/** The stable action codes of audit events; filters, exports and inspectors rely on them never changing. */
public final class AuditActions {

  public static final String SIGN_IN = "SIGN_IN";
  public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
  public static final String SIGN_IN_STEP = "SIGN_IN_STEP";
  public static final String SIGN_OUT = "SIGN_OUT";
  public static final String SESSION_EXPIRED = "SESSION_EXPIRED";
  public static final String READ = "READ";
  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String EXPORT = "EXPORT";
  public static final String BREAK_GLASS = "BREAK_GLASS";
  public static final String APPROVAL_REQUESTED = "APPROVAL_REQUESTED";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
  public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
  public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
  public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
  public static final String ACCOUNT_SECOND_FACTOR_RESET = "ACCOUNT_SECOND_FACTOR_RESET";
  public static final String ACCOUNT_SECOND_FACTOR_ENROLLED = "ACCOUNT_SECOND_FACTOR_ENROLLED";
  public static final String ACCOUNT_RECOVERY_CODE_USED = "ACCOUNT_RECOVERY_CODE_USED";
  public static final String ACCOUNT_PASSWORD_CHANGED = "ACCOUNT_PASSWORD_CHANGED";
  public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
  public static final String ACCOUNT_ONE_TIME_PASSWORD_ISSUED = "ACCOUNT_ONE_TIME_PASSWORD_ISSUED";
  public static final String ACCOUNT_RECOVERY_CODES_ISSUED = "ACCOUNT_RECOVERY_CODES_ISSUED";
  public static final String ACCESS_DENIED = "ACCESS_DENIED";
  public static final String REQUEST_FORGERY_REFUSED = "REQUEST_FORGERY_REFUSED";
  public static final String AUDIT_VIEWED = "AUDIT_VIEWED";
  public static final String AUDIT_EXPORTED = "AUDIT_EXPORTED";
  public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";
  public static final String CELL_MOVE = "CELL_MOVE";
  public static final String ABSENCE_OUT = "ABSENCE_OUT";
  public static final String ABSENCE_RETURN = "ABSENCE_RETURN";
  public static final String TRANSFER = "TRANSFER";
  public static final String RELEASE = "RELEASE";
  public static final String ADMITTED = "ADMITTED";
  public static final String PHOTO_UPLOADED = "PHOTO_UPLOADED";
  public static final String REFERRAL_RAISED = "REFERRAL_RAISED";
  public static final String REFERRAL_CLOSED = "REFERRAL_CLOSED";
  /** Bagyt recalculated a sentence because a rule or a conviction it rests on changed. */
  public static final String SENTENCE_RECALCULATED = "SENTENCE_RECALCULATED";
  public static final String PRISONER_IMPORT_CHECKED = "PRISONER_IMPORT_CHECKED";
  public static final String PRISONERS_IMPORTED = "PRISONERS_IMPORTED";
  /** A search for prisoners by number or name: a read of a list, recorded without the query's text. */
  public static final String PRISONER_SEARCH = "PRISONER_SEARCH";
  /** A person's accreditation for an assessment instrument was recorded, or withdrawn with a reason. */
  public static final String ACCREDITATION_RECORDED = "ACCREDITATION_RECORDED";
  public static final String ACCREDITATION_WITHDRAWN = "ACCREDITATION_WITHDRAWN";
  /** A governor ordered segregation; a day of it was logged; its end was moved, an independent review recorded, it ended. */
  public static final String SEGREGATION_ORDERED = "SEGREGATION_ORDERED";
  public static final String SEGREGATION_DAY_LOGGED = "SEGREGATION_DAY_LOGGED";
  public static final String SEGREGATION_EXTENDED = "SEGREGATION_EXTENDED";
  public static final String SEGREGATION_REVIEWED = "SEGREGATION_REVIEWED";
  public static final String SEGREGATION_ENDED = "SEGREGATION_ENDED";
  /** Bagyt found a day of segregation without a required visit and alerted the facility's governors. */
  public static final String SEGREGATION_VISIT_MISSED = "SEGREGATION_VISIT_MISSED";
  /** A classification decision was put in force (at once, or a lowering once a second person approved it). */
  public static final String CLASSIFICATION_DECIDED = "CLASSIFICATION_DECIDED";
  /** A lowering of a classification was asked for; it waits for a second person. */
  public static final String CLASSIFICATION_LOWERING_REQUESTED = "CLASSIFICATION_LOWERING_REQUESTED";
  public static final String CLASSIFICATION_APPEAL_LODGED = "CLASSIFICATION_APPEAL_LODGED";
  public static final String CLASSIFICATION_APPEAL_DECIDED = "CLASSIFICATION_APPEAL_DECIDED";
  public static final String KEEP_APART_RECORDED = "KEEP_APART_RECORDED";
  public static final String KEEP_APART_CLOSED = "KEEP_APART_CLOSED";
  public static final String PLACEMENT_OVERRIDDEN = "PLACEMENT_OVERRIDDEN";

  /** The codes the audit viewer offers as filters, in the order shown. */
  public static final java.util.List<String> KNOWN = java.util.List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_IN_STEP, SIGN_OUT, SESSION_EXPIRED, READ,
      CREATE, UPDATE, EXPORT, BREAK_GLASS, APPROVAL_REQUESTED, APPROVED, REJECTED, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_SECOND_FACTOR_RESET,
      ACCOUNT_SECOND_FACTOR_ENROLLED, ACCOUNT_RECOVERY_CODE_USED, ACCOUNT_PASSWORD_CHANGED, ACCOUNT_LOCKED,
      ACCOUNT_ONE_TIME_PASSWORD_ISSUED, ACCOUNT_RECOVERY_CODES_ISSUED, ACCESS_DENIED, REQUEST_FORGERY_REFUSED, AUDIT_VIEWED, AUDIT_EXPORTED,
      AUDIT_VERIFIED, PRISONER_SEARCH, ADMITTED, CELL_MOVE, ABSENCE_OUT, ABSENCE_RETURN, TRANSFER, RELEASE, PHOTO_UPLOADED,
      REFERRAL_RAISED, REFERRAL_CLOSED, SENTENCE_RECALCULATED, PRISONER_IMPORT_CHECKED, PRISONERS_IMPORTED,
      ACCREDITATION_RECORDED, ACCREDITATION_WITHDRAWN, SEGREGATION_ORDERED, SEGREGATION_DAY_LOGGED, SEGREGATION_EXTENDED,
      SEGREGATION_REVIEWED, SEGREGATION_ENDED, SEGREGATION_VISIT_MISSED, CLASSIFICATION_DECIDED,
      CLASSIFICATION_LOWERING_REQUESTED, CLASSIFICATION_APPEAL_LODGED, CLASSIFICATION_APPEAL_DECIDED, KEEP_APART_RECORDED,
      KEEP_APART_CLOSED, PLACEMENT_OVERRIDDEN);

  private AuditActions() {}
}
