package org.bagyt.conduct.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.LinkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every two defendants of a co-defendant case are linked from the day the case opened, for good. */
@Component
class CoDefendantLinks implements SingleKindSource {

  @Override
  public LinkKind kind() {
    return LinkKind.CO_DEFENDANT;
  }

  private final JdbcClient jdbc;

  CoDefendantLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Stream<AssociationLink> links() {
    return jdbc.sql("""
        SELECT a.prisoner_id, b.prisoner_id, c.opened_on, c.case_number, c.court
        FROM co_defendant a JOIN co_defendant b ON b.case_id = a.case_id AND a.prisoner_id < b.prisoner_id
        JOIN co_defendant_case c ON c.id = a.case_id""")
        .query((rs, n) -> new AssociationLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            LinkKind.CO_DEFENDANT, rs.getObject(3, LocalDate.class), null,
            "case " + rs.getString(4) + ", " + rs.getString(5)))
        .list().stream();
  }
}
