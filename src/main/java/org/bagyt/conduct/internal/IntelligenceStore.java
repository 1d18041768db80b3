package org.bagyt.conduct.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.conduct.GradingScheme;
import org.bagyt.conduct.IntelligenceItem;
import org.bagyt.conduct.IntelligenceItem.AssertedLink;
import org.bagyt.platform.BagytException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intelligence items with their subjects and asserted links, and the grading scheme, in the conduct module's tables. */
@Component
public class IntelligenceStore {

  private static final String ITEM = """
      SELECT id, reference, facility_id, source_grade, information_grade, handling_code, handling_conditions, summary,
             provenance, obtained_on, duress_alleged, duress_note, usable, review_outcome, review_note, reviewed_by,
             reviewed_at, recorded_by, recorded_at, version FROM intelligence_item""";

  private final JdbcClient jdbc;

  IntelligenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public GradingScheme scheme() {
    var source = new ArrayList<GradingScheme.Grade>();
    var information = new ArrayList<GradingScheme.Grade>();
    jdbc.sql("SELECT scale, code, label_ky, label_ru, label_en FROM intelligence_grade ORDER BY scale, position")
        .query(rs -> {
          var g = new GradingScheme.Grade(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
          ("SOURCE".equals(rs.getString(1)) ? source : information).add(g);
        });
    var handling = jdbc.sql("""
        SELECT code, sharing, permission, label_ky, label_ru, label_en FROM intelligence_handling_code ORDER BY position""")
        .query((rs, n) -> new GradingScheme.HandlingCode(rs.getString(1), GradingScheme.Sharing.valueOf(rs.getString(2)),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
        .list();
    return new GradingScheme(List.copyOf(source), List.copyOf(information), handling);
  }

  /** The next reference, e.g. INT-2026-000123. */
  public String nextReference(int year) {
    long n = jdbc.sql("SELECT nextval('intelligence_reference_seq')").query(Long.class).single();
    return "INT-%d-%06d".formatted(year, n);
  }

  public void insert(IntelligenceItem i) {
    jdbc.sql("""
        INSERT INTO intelligence_item (id, reference, facility_id, source_grade, information_grade, handling_code,
          handling_conditions, summary, provenance, obtained_on, duress_alleged, duress_note, usable, review_status,
          review_outcome, review_note, reviewed_by, reviewed_at, recorded_by, recorded_at, version)
        VALUES (:id, :reference, :facility, :source, :information, :handling, :conditions, :summary, :provenance,
          :obtained, :duress, :duressNote, :usable, :status, :outcome, :reviewNote, :reviewedBy, :reviewedAt, :by, :at, 0)""")
        .param("id", i.id()).param("reference", i.reference()).param("facility", i.facilityId())
        .param("source", i.sourceGrade()).param("information", i.informationGrade())
        .param("handling", i.handling().code()).param("conditions", i.handlingConditions())
        .param("summary", i.summary()).param("provenance", i.provenance()).param("obtained", i.obtainedOn())
        .param("duress", i.duressAlleged()).param("duressNote", i.duressNote()).param("usable", i.usable())
        .param("status", i.reviewStatus().name())
        .param("outcome", i.review() == null ? null : i.review().outcome().name())
        .param("reviewNote", i.review() == null ? null : i.review().note())
        .param("reviewedBy", i.review() == null ? null : i.review().by())
        .param("reviewedAt", i.review() == null ? null : Timestamp.from(i.review().at()))
        .param("by", i.recordedBy()).param("at", Timestamp.from(i.recordedAt())).update();
    for (UUID p : i.subjects()) {
      jdbc.sql("INSERT INTO intelligence_subject (item_id, prisoner_id) VALUES (?, ?)").params(i.id(), p).update();
    }
    for (AssertedLink l : i.links()) {
      jdbc.sql("""
          INSERT INTO intelligence_link (item_id, prisoner_a, prisoner_b, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT DO NOTHING""").params(i.id(), l.prisonerA(), l.prisonerB(), l.from(), l.to()).update();
    }
  }

  /** Saves the review and whether the item is usable, at the version read; a stale version is refused. */
  public void update(IntelligenceItem i, int expectedVersion) {
    int changed = jdbc.sql("""
        UPDATE intelligence_item SET usable = :usable, review_status = :status, review_outcome = :outcome,
          review_note = :note, reviewed_by = :by, reviewed_at = :at, version = version + 1
        WHERE id = :id AND version = :version""")
        .param("usable", i.usable()).param("status", i.reviewStatus().name())
        .param("outcome", i.review() == null ? null : i.review().outcome().name())
        .param("note", i.review() == null ? null : i.review().note())
        .param("by", i.review() == null ? null : i.review().by())
        .param("at", i.review() == null ? null : Timestamp.from(i.review().at()))
        .param("id", i.id()).param("version", expectedVersion).update();
    if (changed != 1) {
      throw BagytException.conflict("stale-edit", "error.stale-edit");
    }
  }

  public Optional<IntelligenceItem> find(UUID id) {
    return items(ITEM + " WHERE id = ?", List.of(id)).stream().findFirst();
  }

  /** The newest items, in the facilities given (all when {@code facilities} is null). */
  public List<IntelligenceItem> newest(Collection<UUID> facilities, int limit) {
    if (facilities == null) {
      return items(ITEM + " ORDER BY recorded_at DESC, reference DESC LIMIT ?", List.of(limit));
    }
    return items(ITEM + " WHERE facility_id = ANY(?) ORDER BY recorded_at DESC, reference DESC LIMIT ?",
        List.of(facilities.toArray(UUID[]::new), limit));
  }

  /** The links asserted by usable items, with each item's reference and handling permission. */
  public List<UsableLink> usableLinks() {
    return jdbc.sql("""
        SELECT l.prisoner_a, l.prisoner_b, l.valid_from, l.valid_to, i.reference, h.permission
        FROM intelligence_link l JOIN intelligence_item i ON i.id = l.item_id
        JOIN intelligence_handling_code h ON h.code = i.handling_code
        WHERE i.usable""")
        .query((rs, n) -> new UsableLink(new AssertedLink(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), rs.getString(5), rs.getString(6)))
        .list();
  }

  /** A link of a usable item, with what a reader needs to hold to see the item. */
  public record UsableLink(AssertedLink link, String reference, String permission) {}

  private List<IntelligenceItem> items(String sql, List<?> params) {
    var scheme = scheme();
    var rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
    Map<UUID, List<UUID>> subjects = new HashMap<>();
    jdbc.sql("SELECT item_id, prisoner_id FROM intelligence_subject WHERE item_id = ANY(?) ORDER BY prisoner_id")
        .param(ids).query(rs -> {
          subjects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        });
    Map<UUID, List<AssertedLink>> links = new HashMap<>();
    jdbc.sql("""
        SELECT item_id, prisoner_a, prisoner_b, valid_from, valid_to FROM intelligence_link WHERE item_id = ANY(?)
        ORDER BY valid_from, prisoner_a, prisoner_b""").param(ids).query(rs -> {
          links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new AssertedLink(
              rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class),
              rs.getObject(5, LocalDate.class)));
        });
    return rows.stream().map(r -> new IntelligenceItem(r.id(), r.reference(), r.facilityId(), r.source(), r.information(),
        scheme.handlingCode(r.handling()).orElseThrow(), r.conditions(), r.summary(), r.provenance(), r.obtainedOn(),
        r.duress(), r.duressNote(), r.usable(), r.review(), r.recordedBy(), r.recordedAt(),
        subjects.getOrDefault(r.id(), List.of()), links.getOrDefault(r.id(), List.of()), r.version())).toList();
  }

  private record Row(UUID id, String reference, UUID facilityId, String source, String information, String handling,
      String conditions, String summary, String provenance, LocalDate obtainedOn, boolean duress, String duressNote,
      boolean usable, IntelligenceItem.Review review, String recordedBy, Instant recordedAt, int version) {}

  private static Row row(ResultSet rs) throws SQLException {
    String outcome = rs.getString(14);
    var review = outcome == null ? null : new IntelligenceItem.Review(IntelligenceItem.ReviewOutcome.valueOf(outcome),
        rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant());
    return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getObject(10, LocalDate.class), rs.getBoolean(11), rs.getString(12), rs.getBoolean(13), review,
        rs.getString(18), rs.getTimestamp(19).toInstant(), rs.getInt(20));
  }

}
