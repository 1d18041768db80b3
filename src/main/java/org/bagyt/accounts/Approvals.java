package org.bagyt.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SensitiveChange;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.TwoPersonApproval;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two-person approval, one mechanism for every sensitive change: a request is stored; a different person
 * holding the approving permission approves or rejects it with a reason; only an approval applies the
 * change, in the same transaction that records the decision.
 */
@Service
public class Approvals implements TwoPersonApproval {

  private static final int MAX_REASON = 2000;
  static final String REQUEST = "APPROVAL_REQUEST";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final Map<String, SensitiveChange<?>> kinds;
  private final AuditTrail audit;

  Approvals(JdbcClient jdbc, JsonMapper json, Clock clock, List<SensitiveChange<?>> kinds, AuditTrail audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.kinds = kinds.stream().collect(Collectors.toMap(SensitiveChange::kind, Function.identity()));
  }

  @Override
  @Transactional
  public UUID request(String kind, Object payload, String reason) {
    SensitiveChange<?> change = kindOf(kind);
    if (!change.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException("payload of " + kind + " must be " + change.payloadType().getSimpleName());
    }
    String why = reasonOf(reason);
    UUID id = jdbc.sql("""
        INSERT INTO approval_request (kind, payload, requested_by, requested_at, request_reason)
        VALUES (?, ?::jsonb, ?, ?, ?) RETURNING id""")
        .params(kind, json.writeValueAsString(payload), currentUser().getName(), Timestamp.from(clock.instant()), why)
        .query(UUID.class).single();
    audit.record(AuditEvent.of(AuditActions.APPROVAL_REQUESTED, REQUEST, id).withPurpose(kind + ": " + why));
    return id;
  }

  @Transactional
  public void approve(UUID id, String reason) {
    ApprovalRequest request = decide(id, reason, ApprovalRequest.Status.APPROVED);
    apply(kindOf(request.kind()), request.payload());
  }

  @Transactional
  public void reject(UUID id, String reason) {
    decide(id, reason, ApprovalRequest.Status.REJECTED);
  }

  public List<ApprovalRequest> pending() {
    return jdbc.sql(SELECT + " WHERE status = 'PENDING' ORDER BY requested_at").query(this::map).list();
  }

  public List<ApprovalRequest> recent(int limit) {
    return jdbc.sql(SELECT + " ORDER BY requested_at DESC LIMIT ?").param(limit).query(this::map).list();
  }

  public Optional<ApprovalRequest> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
  }

  /** The labelled values a deciding person sees for this request. */
  public List<SensitiveChange.Detail> details(ApprovalRequest request) {
    return describe(kindOf(request.kind()), request.payload());
  }

  private <P> List<SensitiveChange.Detail> describe(SensitiveChange<P> change, String payload) {
    return change.describe(json.readValue(payload, change.payloadType()));
  }

  /** Whether the signed-in person may decide requests of this kind (and is not the requester). */
  public boolean canDecide(ApprovalRequest request) {
    Authentication user = currentUser();
    return request.status() == ApprovalRequest.Status.PENDING && !request.requestedBy().equals(user.getName())
        && SignedInUser.holds(kindOf(request.kind()).approvingPermission());
  }

  private ApprovalRequest decide(UUID id, String reason, ApprovalRequest.Status decision) {
    String why = reasonOf(reason);
    ApprovalRequest request = find(id).orElseThrow(BagytException::notFound);
    Authentication user = currentUser();
    if (request.requestedBy().equals(user.getName())) {
      throw new BagytException(HttpStatus.FORBIDDEN, "own-request", "approval.error.own-request");
    }
    if (!SignedInUser.holds(kindOf(request.kind()).approvingPermission())) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    int updated = jdbc.sql("""
        UPDATE approval_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, version = version + 1
        WHERE id = ? AND status = 'PENDING'""")
        .params(decision.name(), user.getName(), Timestamp.from(clock.instant()), why, id).update();
    if (updated == 0) {
      throw BagytException.conflict("already-decided", "approval.error.already-decided");
    }
    audit.record(AuditEvent.of(decision == ApprovalRequest.Status.APPROVED ? AuditActions.APPROVED : AuditActions.REJECTED,
        REQUEST, id).withPurpose(request.kind() + ": " + why));
    return request;
  }

  private <P> void apply(SensitiveChange<P> change, String payload) {
    change.apply(json.readValue(payload, change.payloadType()));
  }

  private SensitiveChange<?> kindOf(String kind) {
    SensitiveChange<?> change = kinds.get(kind);
    if (change == null) {
      throw new IllegalArgumentException("no sensitive change of kind " + kind);
    }
    return change;
  }

  private static String reasonOf(String reason) {
    if (reason == null || reason.isBlank()) {
      throw BagytException.invalid("reason-required", "approval.error.reason-required");
    }
    if (reason.length() > MAX_REASON) {
      throw BagytException.invalid("reason-too-long", "approval.error.reason-too-long", MAX_REASON);
    }
    return reason.strip();
  }

  private static Authentication currentUser() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated()) {
      throw new BagytException(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated");
    }
    return user;
  }

  private static final String SELECT = """
      SELECT id, kind, payload::text AS payload, requested_by, requested_at, request_reason, status, decided_by,
             decided_at, decision_reason FROM approval_request""";

  private ApprovalRequest map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ApprovalRequest(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("payload"),
        rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")), rs.getString("request_reason"),
        ApprovalRequest.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
        instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
