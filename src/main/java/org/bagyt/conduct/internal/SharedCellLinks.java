package org.bagyt.conduct.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.LinkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two prisoners are linked for the days they were held in the same cell. A read model over custody's movements: each
 * person's stays run from admission (in the cell their first move left, or the cell they hold now) and from each move
 * into a cell until the next move or release; two stays in one cell that overlap make a link for the overlap.
 */
@Component
class SharedCellLinks implements SingleKindSource {

  @Override
  public LinkKind kind() {
    return LinkKind.SHARED_CELL;
  }

  private final JdbcClient jdbc;
  private final org.bagyt.platform.BagytProperties properties;

  SharedCellLinks(JdbcClient jdbc, org.bagyt.platform.BagytProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public Stream<AssociationLink> links() {
    return jdbc.sql("""
        WITH moves AS (
          SELECT prisoner_id, occurred_at, from_cell_id, to_cell_id,
                 row_number() OVER (PARTITION BY prisoner_id ORDER BY occurred_at, id) AS n,
                 lead(occurred_at) OVER (PARTITION BY prisoner_id ORDER BY occurred_at, id) AS next_at
          FROM movement WHERE kind IN ('CELL_MOVE', 'TRANSFER', 'RELEASE')),
        stays AS (
          SELECT p.id AS prisoner_id, coalesce(m.from_cell_id, p.cell_id) AS cell_id, p.admitted_at AS since,
                 coalesce(m.occurred_at, p.released_at) AS until
          FROM prisoner p LEFT JOIN moves m ON m.prisoner_id = p.id AND m.n = 1
          UNION ALL
          SELECT m.prisoner_id, m.to_cell_id, m.occurred_at, coalesce(m.next_at, p.released_at)
          FROM moves m JOIN prisoner p ON p.id = m.prisoner_id WHERE m.to_cell_id IS NOT NULL)
        SELECT a.prisoner_id, b.prisoner_id, greatest(a.since, b.since), nullif(least(coalesce(a.until, 'infinity'),
               coalesce(b.until, 'infinity')), 'infinity'), f.code || ' ' || c.code
        FROM stays a JOIN stays b ON b.cell_id = a.cell_id AND a.prisoner_id < b.prisoner_id
          AND a.since < coalesce(b.until, 'infinity') AND b.since < coalesce(a.until, 'infinity')
        JOIN cell c ON c.id = a.cell_id JOIN unit u ON u.id = c.unit_id JOIN facility f ON f.id = u.facility_id
        WHERE a.cell_id IS NOT NULL""")
        .query((rs, n) -> {
          var until = rs.getTimestamp(4);
          return new AssociationLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), LinkKind.SHARED_CELL,
              day(rs.getTimestamp(3)), until == null ? null : day(until), "cell " + rs.getString(5));
        })
        .list().stream();
  }

  private LocalDate day(java.sql.Timestamp t) {
    return t.toInstant().atZone(properties.zone()).toLocalDate();
  }
}
