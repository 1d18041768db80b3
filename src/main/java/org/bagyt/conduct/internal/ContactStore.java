package org.bagyt.conduct.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.conduct.Contact;
import org.bagyt.conduct.ContactKind;
import org.bagyt.conduct.ContactLimit;
import org.bagyt.conduct.ContactMeans;
import org.bagyt.conduct.NewContact;
import org.bagyt.conduct.NewContactLimit;
import org.bagyt.conduct.NewVisitor;
import org.bagyt.conduct.Visitor;
import org.bagyt.conduct.VisitorRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visitor register, contacts and limits on the means of contact, in PostgreSQL. */
@Repository
public class ContactStore {

  private final JdbcClient jdbc;

  ContactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The visitor with this document, registering them first if they are new. */
  public UUID visitor(NewVisitor v, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO visitor (family_name, given_name, identity_document, registered_by, registered_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (identity_document) DO NOTHING""")
        .params(v.familyName(), v.givenName(), v.identityDocument(), by, Timestamp.from(at)).update();
    return jdbc.sql("SELECT id FROM visitor WHERE identity_document = ?").param(v.identityDocument())
        .query(UUID.class).single();
  }

  /** Links the visitor to the prisoner; false when already linked. */
  public boolean link(UUID prisonerId, UUID visitorId, VisitorRelationship relationship, String by, Instant at) {
    return jdbc.sql("""
        INSERT INTO prisoner_visitor (prisoner_id, visitor_id, relationship, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
        .params(prisonerId, visitorId, relationship.name(), by, Timestamp.from(at)).update() == 1;
  }

  public List<Visitor> visitorsOf(UUID prisonerId) {
    return jdbc.sql("""
        SELECT v.id, v.family_name, v.given_name, v.identity_document, pv.relationship
        FROM prisoner_visitor pv JOIN visitor v ON v.id = pv.visitor_id WHERE pv.prisoner_id = ?
        ORDER BY v.family_name, v.given_name""").param(prisonerId)
        .query((rs, n) -> new Visitor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            VisitorRelationship.valueOf(rs.getString(5))))
        .list();
  }

  public Optional<Visitor> visitorOf(UUID prisonerId, UUID visitorId) {
    return visitorsOf(prisonerId).stream().filter(v -> v.id().equals(visitorId)).findFirst();
  }

  public UUID insertContact(UUID prisonerId, UUID facilityId, NewContact c, String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        INSERT INTO contact (id, prisoner_id, facility_id, visitor_id, kind, at, minutes, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, prisonerId, facilityId, c.visitorId(), c.kind().name(), Timestamp.from(c.at()), c.minutes(), by,
            Timestamp.from(at))
        .update();
    return id;
  }

  public UUID insertLimit(UUID prisonerId, UUID facilityId, NewContactLimit l, String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        INSERT INTO contact_limit (id, prisoner_id, facility_id, means, reason, starts_on, expires_on, imposed_by,
                                   imposed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, prisonerId, facilityId, l.means().stream().map(Enum::name).toArray(String[]::new), l.reason(),
            l.startsOn(), l.expiresOn(), by, Timestamp.from(at))
        .update();
    return id;
  }

  private static final String CONTACTS = """
      SELECT c.id, c.prisoner_id, p.number, f.code, c.visitor_id, v.family_name || ' ' || v.given_name AS visitor_name,
             pv.relationship, c.kind, c.at, c.minutes, c.recorded_by
      FROM contact c JOIN prisoner p ON p.id = c.prisoner_id JOIN facility f ON f.id = c.facility_id
      JOIN visitor v ON v.id = c.visitor_id
      JOIN prisoner_visitor pv ON pv.prisoner_id = c.prisoner_id AND pv.visitor_id = c.visitor_id
      """;

  public List<Contact> contactsOf(UUID prisonerId, int limit) {
    return jdbc.sql(CONTACTS + " WHERE c.prisoner_id = ? ORDER BY c.at DESC LIMIT ?").params(prisonerId, limit)
        .query(ContactStore::contact).list();
  }

  /** The latest contacts in the facilities (all when null). */
  public List<Contact> latest(Collection<UUID> facilities, int limit) {
    return jdbc.sql(CONTACTS + """
         WHERE (CAST(:all AS boolean) OR c.facility_id = ANY(:facilities)) ORDER BY c.at DESC LIMIT :limit""")
        .param("all", facilities == null)
        .param("facilities", (facilities == null ? List.<UUID>of() : facilities).toArray(UUID[]::new))
        .param("limit", limit).query(ContactStore::contact).list();
  }

  private static final String LIMITS = """
      SELECT l.id, l.prisoner_id, p.number, f.code, l.means, l.reason, l.starts_on, l.expires_on, l.imposed_by
      FROM contact_limit l JOIN prisoner p ON p.id = l.prisoner_id JOIN facility f ON f.id = l.facility_id
      """;

  public List<ContactLimit> limitsOf(UUID prisonerId) {
    return jdbc.sql(LIMITS + " WHERE l.prisoner_id = ? ORDER BY l.starts_on DESC").param(prisonerId)
        .query(ContactStore::limit).list();
  }

  /** Limits in force on the day in the facilities (all when null). */
  public List<ContactLimit> limitsInForce(Collection<UUID> facilities, LocalDate day) {
    return jdbc.sql(LIMITS + """
         WHERE (CAST(:all AS boolean) OR l.facility_id = ANY(:facilities)) AND :day BETWEEN l.starts_on AND l.expires_on
        ORDER BY l.expires_on""")
        .param("all", facilities == null)
        .param("facilities", (facilities == null ? List.<UUID>of() : facilities).toArray(UUID[]::new))
        .param("day", day).query(ContactStore::limit).list();
  }

  /** Pairs of prisoners in contact with the same visitor: the visitor, and the first and last day of either's contact. */
  public List<Shared> sharedVisitors() {
    return jdbc.sql("""
        WITH span AS (SELECT visitor_id, prisoner_id, min(at) AS first_at, max(at) AS last_at
                      FROM contact GROUP BY visitor_id, prisoner_id)
        SELECT a.prisoner_id, b.prisoner_id, a.visitor_id, least(a.first_at, b.first_at),
               greatest(a.last_at, b.last_at)
        FROM span a JOIN span b ON b.visitor_id = a.visitor_id AND a.prisoner_id < b.prisoner_id""")
        .query((rs, n) -> new Shared(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
        .list();
  }

  public record Shared(UUID a, UUID b, UUID visitorId, Instant from, Instant to) {}

  private static Contact contact(ResultSet rs, int row) throws SQLException {
    Integer minutes = rs.getObject("minutes", Integer.class);
    return new Contact(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class), rs.getString("number"),
        rs.getString("code"), rs.getObject("visitor_id", UUID.class), rs.getString("visitor_name"),
        VisitorRelationship.valueOf(rs.getString("relationship")), ContactKind.valueOf(rs.getString("kind")),
        rs.getTimestamp("at").toInstant(), minutes, rs.getString("recorded_by"));
  }

  private static ContactLimit limit(ResultSet rs, int row) throws SQLException {
    return new ContactLimit(rs.getObject("id", UUID.class), rs.getObject("prisoner_id", UUID.class),
        rs.getString("number"), rs.getString("code"),
        Arrays.stream((String[]) rs.getArray("means").getArray()).map(ContactMeans::valueOf).toList(),
        rs.getString("reason"), rs.getObject("starts_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
        rs.getString("imposed_by"));
  }
}
