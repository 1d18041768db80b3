package org.bagyt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A change and its audit event commit together or not at all. */
class AuditInTheSameTransactionTest extends IntegrationTest {

  @Autowired
  AuditTrail trail;

  @Autowired
  PlatformTransactionManager transactionManager;

  private UUID facility;

  @BeforeEach
  void colonyFortySeven() {
    facility = jdbc.sql("SELECT id FROM facility WHERE code = 'IK-47'").query(UUID.class).single();
  }

  private TransactionTemplate transaction() {
    return new TransactionTemplate(transactionManager);
  }

  /** The change this test makes: a new address for colony No. 47, recorded as an update. */
  private void changeAddress(String address) {
    jdbc.sql("UPDATE facility SET address = ? WHERE id = ?").params(address, facility).update();
    trail.record("governor", AuditEvent.update("FACILITY", facility).atFacility(facility));
  }

  private String address() {
    return jdbc.sql("SELECT address FROM facility WHERE id = ?").param(facility).query(String.class).single();
  }

  private long eventsAbout(UUID id) {
    return jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_id = ?").param(id.toString())
        .query(Long.class).single();
  }

  @Test
  void aCommittedChangeHasItsAuditEvent() {
    long before = eventsAbout(facility);
    transaction().executeWithoutResult(status -> changeAddress("Бишкек, 1"));
    assertThat(address()).isEqualTo("Бишкек, 1");
    assertThat(eventsAbout(facility)).isEqualTo(before + 1);
    var event = new AuditEvents(jdbc).last();
    assertThat(event.action()).isEqualTo("UPDATE");
    assertThat(event.actor()).isEqualTo("governor");
    assertThat(event.facilityId()).isEqualTo(facility);
    assertThat(event.outcome()).isEqualTo("SUCCESS");
  }

  @Test
  void aChangeThatFailsLeavesNoEventClaimingSuccess() {
    String addressBefore = address();
    long before = new AuditEvents(jdbc).count();
    assertThatThrownBy(() -> transaction().executeWithoutResult(status -> {
      changeAddress("Нигде");
      throw new IllegalStateException("the change failed after its event was recorded");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(address()).isEqualTo(addressBefore);
    assertThat(new AuditEvents(jdbc).count()).isEqualTo(before);
  }

  @Test
  void aChangeIsNeverCommittedWhenItsAuditEventCannotBeWritten() {
    String addressBefore = address();
    long before = new AuditEvents(jdbc).count();
    jdbc.sql("""
        CREATE FUNCTION audit_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$""").update();
    jdbc.sql("CREATE TRIGGER audit_unavailable BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_unavailable()")
        .update();
    try {
      assertThatThrownBy(() -> transaction().executeWithoutResult(status -> changeAddress("Без аудита")))
          .hasStackTraceContaining("audit storage unavailable");
    } finally {
      jdbc.sql("DROP TRIGGER audit_unavailable ON audit_event").update();
      jdbc.sql("DROP FUNCTION audit_unavailable()").update();
    }
    assertThat(address()).isEqualTo(addressBefore);
    assertThat(new AuditEvents(jdbc).count()).isEqualTo(before);
  }

  @Test
  void anEventRecordedOutsideATransactionIsWrittenAtOnce() {
    long before = new AuditEvents(jdbc).count();
    trail.record("inspector", AuditEvent.read("FACILITY", facility).withPurpose("monthly visit"));
    assertThat(new AuditEvents(jdbc).count()).isEqualTo(before + 1);
    assertThat(new AuditEvents(jdbc).last().purpose()).isEqualTo("monthly visit");
  }

  @Test
  void aReadOnlyTransactionCannotHideAnAuditedRead() {
    var readOnly = transaction();
    readOnly.setReadOnly(true);
    assertThatThrownBy(() -> readOnly.executeWithoutResult(status ->
        trail.record("officer", AuditEvent.read("FACILITY", facility))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-write transaction");
  }

  @Test
  void anInnerTransactionCommitsItsOwnEventsAndAnOuterRollbackTakesOnlyTheOuterOnes() {
    var inner = transaction();
    inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    assertThatThrownBy(() -> transaction().executeWithoutResult(status -> {
      trail.record("governor", AuditEvent.update("FACILITY", "outer"));
      inner.executeWithoutResult(s -> trail.record("governor", AuditEvent.update("FACILITY", "inner")));
      throw new IllegalStateException("the outer change failed");
    })).isInstanceOf(IllegalStateException.class);
    var ids = new AuditEvents(jdbc).all().stream().map(AuditEvents.Row::resourceId).toList();
    assertThat(ids).contains("inner").doesNotContain("outer");
  }

  @Test
  void eventsOfOneTransactionAreChainedInTheOrderTheyWereRecorded() {
    transaction().executeWithoutResult(status -> {
      trail.record("assessor", AuditEvent.read("FACILITY", facility));
      trail.record("assessor", AuditEvent.export("FACILITY", facility));
    });
    var all = new AuditEvents(jdbc).all();
    assertThat(all.subList(all.size() - 2, all.size())).extracting(AuditEvents.Row::action)
        .containsExactly("READ", "EXPORT");
  }
}
