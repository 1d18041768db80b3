package org.bagyt.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nobody can change or delete an audit event, not even a database superuser without leaving a trace:
 * the database refuses, and a row edited behind its back is named by verification.
 */
class TamperEvidenceTest extends IntegrationTest {

  @Autowired
  AuditTrail trail;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  ChainVerifier verifier;

  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void someEventsToProtect() {
    for (int i = 0; i < 5; i++) {
      trail.record("officer", AuditEvent.read("FACILITY", "IK-47-" + i));
    }
    // Every kind of field, in every script, so that the database's hash and the verifier's must agree on all.
    trail.record("Жеңишбек", AuditEvent.read("PRISONER_FILE", "Үсөнов").forPrisoner(UUID.randomUUID())
        .atFacility(UUID.randomUUID()).withPurpose("Текшерүү, проверка, review \uD83D\uDE00").denied());
  }

  private long lastSeq() {
    return jdbc.sql("SELECT max(seq) FROM audit_event").query(Long.class).single();
  }

  private JsonNode verifyAsInspector() {
    var client = client().acceptLanguage("en");
    client.signIn("inspector", DemoData.DEMO_PASSWORD);
    var response = client.get("/api/v1/audit/verify", "Accept", "application/json");
    assertThat(response.status()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** What someone with the database superuser's password can do: switch the protection off and edit. */
  private void asSuperuserBehindTheTrailsBack(String sql, Object... params) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
      jdbc.sql(sql).params(params).update();
      jdbc.sql("ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only").update();
    });
  }

  @Test
  void theApplicationCannotUpdateDeleteOrTruncateAuditEvents() {
    long seq = lastSeq();
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'nobody' WHERE seq = ?").param(seq).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(seq).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE seq = ?").param(seq).query(String.class).single())
        .isEqualTo("Жеңишбек");
  }

  @Test
  void replicationModeDoesNotSwitchTheProtectionOff() {
    long seq = lastSeq();
    assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      jdbc.sql("SET LOCAL session_replication_role = replica").update();
      jdbc.sql("UPDATE audit_event SET actor = 'nobody' WHERE seq = ?").param(seq).update();
    })).rootCause().hasMessageContaining("append-only");
  }

  @Test
  void anIntactTrailVerifiesWithEveryEventChecked() {
    long events = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    var answer = verifyAsInspector();
    assertThat(answer.get("intact").asBoolean()).isTrue();
    // The inspector's own sign-in is recorded before the walk begins.
    assertThat(answer.get("checked").asLong()).isEqualTo(events + 1);
    assertThat(answer.get("firstBrokenLink").isNull()).isTrue();
  }

  @Test
  void verificationNamesARowEditedDirectlyInTheDatabase() {
    long seq = lastSeq() - 2;
    asSuperuserBehindTheTrailsBack("UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?", seq);
    try {
      var answer = verifyAsInspector();
      assertThat(answer.get("intact").asBoolean()).isFalse();
      assertThat(answer.get("firstBrokenLink").get("seq").asLong()).isEqualTo(seq);
      assertThat(answer.get("firstBrokenLink").get("problem").asString()).isEqualTo("ALTERED");
      assertThat(answer.get("brokenLinks").asLong()).isEqualTo(1);

      var client = client().acceptLanguage("en");
      client.signIn("admin", DemoData.DEMO_PASSWORD);
      var page = client.get("/audit/verify").html();
      assertThat(page.selectFirst("#audit-broken").text()).contains("The audit trail has been tampered with.");
      assertThat(page.selectFirst("#audit-first-broken").text())
          .isEqualTo("The first broken link is event number " + seq + ".");
    } finally {
      asSuperuserBehindTheTrailsBack("UPDATE audit_event SET actor = 'officer' WHERE seq = ?", seq);
    }
    assertThat(verifyAsInspector().get("intact").asBoolean()).isTrue();
  }

  @Test
  void aForgerWhoRecomputesTheHashIsCaughtAtTheNextLink() {
    long seq = lastSeq() - 2;
    var original = jdbc.sql("SELECT * FROM audit_event WHERE seq = ?").param(seq)
        .query((rs, n) -> new AuditRecord(seq, rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
            rs.getString("actor"), rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
            null, null, null, rs.getString("client_address"), rs.getString("outcome"), rs.getBytes("previous_hash"),
            rs.getBytes("hash")))
        .single();
    var forged = new AuditRecord(seq, original.occurredAt(), "someone-else", original.action(), original.resourceType(),
        original.resourceId(), null, null, null, original.clientAddress(), original.outcome(), original.previousHash(),
        null).expectedHash();
    asSuperuserBehindTheTrailsBack("UPDATE audit_event SET actor = ?, hash = ? WHERE seq = ?", "someone-else", forged, seq);
    try {
      var answer = verifyAsInspector();
      assertThat(answer.get("intact").asBoolean()).isFalse();
      assertThat(answer.get("firstBrokenLink").get("seq").asLong()).isEqualTo(seq + 1);
      assertThat(answer.get("firstBrokenLink").get("problem").asString()).isEqualTo("UNLINKED");
    } finally {
      asSuperuserBehindTheTrailsBack("UPDATE audit_event SET actor = 'officer', hash = ? WHERE seq = ?",
          original.hash(), seq);
    }
  }

  @Test
  void aDeletedRowShowsAsAGapBeforeTheNextEvent() {
    long seq = lastSeq() - 1;
    jdbc.sql("CREATE TABLE removed_event AS SELECT * FROM audit_event WHERE seq = " + seq).update();
    asSuperuserBehindTheTrailsBack("DELETE FROM audit_event WHERE seq = ?", seq);
    try {
      var answer = verifyAsInspector();
      assertThat(answer.get("intact").asBoolean()).isFalse();
      assertThat(answer.get("firstBrokenLink").get("seq").asLong()).isEqualTo(seq + 1);
      assertThat(answer.get("firstBrokenLink").get("expectedSeq").asLong()).isEqualTo(seq);
      assertThat(answer.get("firstBrokenLink").get("problem").asString()).isEqualTo("GAP");
    } finally {
      jdbc.sql("INSERT INTO audit_event SELECT * FROM removed_event").update();
      jdbc.sql("DROP TABLE removed_event").update();
    }
    assertThat(verifyAsInspector().get("intact").asBoolean()).isTrue();
  }

  @Test
  void eventsCutOffTheEndAreFoundBecauseTheChainStopsShortOfItsHead() {
    long seq = lastSeq();
    jdbc.sql("CREATE TABLE removed_event AS SELECT * FROM audit_event WHERE seq = " + seq).update();
    asSuperuserBehindTheTrailsBack("DELETE FROM audit_event WHERE seq = ?", seq);
    try {
      var answer = verifier.verify();
      assertThat(answer.intact()).isFalse();
      assertThat(answer.firstBrokenLink().problem()).isEqualTo(ChainVerification.Problem.END_MISSING);
      assertThat(answer.firstBrokenLink().seq()).isEqualTo(seq);
      assertThat(answer.lastSeq()).isEqualTo(seq - 1);
    } finally {
      jdbc.sql("INSERT INTO audit_event SELECT * FROM removed_event").update();
      jdbc.sql("DROP TABLE removed_event").update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void concurrentWritersNeverForkTheChain() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      var work = new ArrayList<Callable<Void>>();
      for (int t = 0; t < 8; t++) {
        int writer = t;
        work.add(() -> {
          for (int i = 0; i < 25; i++) {
            new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                trail.record("writer-" + writer, AuditEvent.read("FACILITY", "concurrent")));
          }
          return null;
        });
      }
      for (Future<Void> done : pool.invokeAll(work)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    var seqs = jdbc.sql("SELECT seq FROM audit_event ORDER BY seq").query(Long.class).list();
    assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
    assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_id = 'concurrent'").query(Long.class).single())
        .isEqualTo(200);
    assertThat(verifyAsInspector().get("intact").asBoolean()).isTrue();
  }
}
