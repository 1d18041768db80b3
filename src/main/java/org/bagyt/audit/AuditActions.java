package org.bagyt.audit;

/** The stable action codes of audit events; filters, exports and inspectors rely on them never changing. */
public final class AuditActions {

  public static final String SIGN_IN = "SIGN_IN";
  public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
  public static final String SIGN_IN_STEP = "SIGN_IN_STEP";
  public static final String SIGN_OUT = "SIGN_OUT";
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
  public static final String AUDIT_VIEWED = "AUDIT_VIEWED";
  public static final String AUDIT_EXPORTED = "AUDIT_EXPORTED";
  public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";
  /** A search for prisoners by number or name: a read of a list, recorded without the query's text. */
  public static final String PRISONER_SEARCH = "PRISONER_SEARCH";

  /** The codes the audit viewer offers as filters, in the order shown. */
  public static final java.util.List<String> KNOWN = java.util.List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_IN_STEP, SIGN_OUT, READ,
      CREATE, UPDATE, EXPORT, BREAK_GLASS, APPROVAL_REQUESTED, APPROVED, REJECTED, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_SECOND_FACTOR_RESET,
      ACCOUNT_SECOND_FACTOR_ENROLLED, ACCOUNT_RECOVERY_CODE_USED, ACCOUNT_PASSWORD_CHANGED, ACCOUNT_LOCKED,
      AUDIT_VIEWED, AUDIT_EXPORTED,
      AUDIT_VERIFIED, PRISONER_SEARCH);

  private AuditActions() {}
}
