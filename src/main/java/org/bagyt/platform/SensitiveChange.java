package org.bagyt.platform;

/**
 * A kind of change that policy marks sensitive: it is stored as a request and applied only when a second
 * person holding {@link #approvingPermission()} approves it. Modules declare their kinds as beans; it lives
 * in the shared kernel so that modules the accounts module depends on (the estate) can declare kinds too.
 *
 * @param <P> what the change needs to be applied, stored as JSON while it waits
 */
public interface SensitiveChange<P> {

  /** Stable code, e.g. {@code GRANT_ADMINISTRATOR}; also the message key {@code approval.kind.<code>}. */
  String kind();

  String approvingPermission();

  Class<P> payloadType();

  /** Applies the approved change, inside the approving transaction. Throw to refuse and change nothing. */
  void apply(P payload);

  /** What the deciding person needs to see, as labelled values. */
  java.util.List<Detail> describe(P payload);

  /**
   * One labelled value of a request. {@code translated} values are message keys themselves (a role name);
   * others are shown as they are (a user name, a permission code).
   */
  record Detail(String labelKey, String value, boolean translated) {}
}
