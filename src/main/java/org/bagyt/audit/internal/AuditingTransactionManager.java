package org.bagyt.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: Spring's JdbcTransactionManager, except that a transaction's audit
 * events travel to PostgreSQL in the same round trip as its COMMIT ({@code SELECT audit_append(...); COMMIT}).
 * An audited transaction therefore costs no more round trips than an unaudited one, and the chain's head is
 * locked only while the server finishes the commit. If an event cannot be appended, the server skips the
 * COMMIT and the transaction rolls back: no change without its event.
 */
class AuditingTransactionManager extends JdbcTransactionManager {

  private static final String APPEND = "SELECT audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);";

  AuditingTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    List<PendingEvent> events = PendingEvents.takeForCommit();
    if (!events.isEmpty()) {
      Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
          .getConnection();
      try (PreparedStatement appendAndCommit = connection.prepareStatement(APPEND.repeat(events.size()) + " COMMIT")) {
        int i = 1;
        for (PendingEvent p : events) {
          var e = p.event();
          appendAndCommit.setBytes(i++, p.content());
          appendAndCommit.setObject(i++, OffsetDateTime.ofInstant(p.occurredAt(), ZoneOffset.UTC));
          appendAndCommit.setString(i++, p.actor());
          appendAndCommit.setString(i++, e.action());
          appendAndCommit.setString(i++, e.resourceType());
          appendAndCommit.setString(i++, e.resourceId());
          appendAndCommit.setObject(i++, e.prisonerId(), Types.OTHER);
          appendAndCommit.setObject(i++, e.facilityId(), Types.OTHER);
          appendAndCommit.setString(i++, e.purpose());
          appendAndCommit.setString(i++, p.clientAddress());
          appendAndCommit.setString(i++, e.outcome().name());
        }
        appendAndCommit.execute();
      } catch (SQLException ex) {
        throw translateException("JDBC commit with audit events", ex);
      }
    }
    // After a COMMIT the server has carried out, the driver's commit sends nothing; the pool sees a clean connection.
    super.doCommit(status);
  }
}
