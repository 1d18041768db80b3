package org.bagyt.conduct;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-defendant cases, recorded from court papers (today by the demo and imports, without a page): each ties every two
 * of its defendants in the association network from the day it opened.
 */
@Service
public class CoDefendantCases {

  private final JdbcClient jdbc;
  private final Clock clock;

  CoDefendantCases(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records cases in one transaction; a case already recorded for its court and number is refused by the database. */
  @Transactional
  public void record(List<CoDefendantCase> cases, String recordedBy) {
    var at = Timestamp.from(clock.instant());
    for (CoDefendantCase c : cases) {
      UUID id = UUID.randomUUID();
      jdbc.sql("""
          INSERT INTO co_defendant_case (id, case_number, court, opened_on, recorded_by, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?)""").params(id, c.caseNumber(), c.court(), c.openedOn(), recordedBy, at).update();
      for (UUID p : c.prisoners().stream().distinct().toList()) {
        jdbc.sql("INSERT INTO co_defendant (case_id, prisoner_id) VALUES (?, ?)").params(id, p).update();
      }
    }
  }
}
