package org.bagyt.prisoners.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.PrisonerFileSection;
import org.bagyt.prisoners.PrisonerPhotos;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The photo, commitment orders and personal particulars recorded at admission, on the prisoner's file. */
@Component
class ParticularsSection implements PrisonerFileSection {

  /** What the section shows; public so that the template can read it. */
  public record Particulars(UUID prisonerId, boolean hasPhoto, boolean mayTakePhoto, List<CommitmentOrder> orders,
      String placeOfBirth, List<String> otherSpellings, List<PersonalParticulars.IdentityDocument> documents,
      List<PersonalParticulars.FamilyMember> family, PersonalParticulars.EmergencyContact emergencyContact,
      LocalDate today) {

    /** Age in whole years today, or null when the date of birth is not known. */
    public Integer age(PersonalParticulars.FamilyMember member) {
      return member.dateOfBirth() == null ? null : java.time.Period.between(member.dateOfBirth(), today).getYears();
    }
  }

  private final JdbcClient jdbc;
  private final PrisonerPhotos photos;
  private final java.time.Clock clock;
  private final org.bagyt.platform.BagytProperties properties;

  ParticularsSection(JdbcClient jdbc, PrisonerPhotos photos, java.time.Clock clock,
      org.bagyt.platform.BagytProperties properties) {
    this.jdbc = jdbc;
    this.photos = photos;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String template() {
    return "prisoners/particulars";
  }

  @Override
  public String fragment() {
    return "particulars";
  }

  @Override
  public String permission() {
    return null;
  }

  @Override
  public Object model(UUID id) {
    var orders = jdbc.sql("SELECT authority, document_number, issued_on FROM commitment_order WHERE prisoner_id = ? ORDER BY issued_on")
        .param(id).query((rs, n) -> new CommitmentOrder(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list();
    String placeOfBirth = jdbc.sql("SELECT place_of_birth FROM prisoner_particulars WHERE prisoner_id = ?").param(id)
        .query(String.class).optional().orElse(null);
    var spellings = jdbc.sql("SELECT spelling FROM prisoner_other_spelling WHERE prisoner_id = ? ORDER BY position")
        .param(id).query(String.class).list();
    var documents = jdbc.sql("""
        SELECT kind, number, issued_by, issued_on FROM prisoner_identity_document WHERE prisoner_id = ? ORDER BY position""")
        .param(id).query((rs, n) -> new PersonalParticulars.IdentityDocument(
            PersonalParticulars.DocumentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class)))
        .list();
    var family = jdbc.sql("""
        SELECT name, relationship, date_of_birth, whereabouts, cared_for_by FROM prisoner_family_member
        WHERE prisoner_id = ? ORDER BY position""")
        .param(id).query((rs, n) -> new PersonalParticulars.FamilyMember(rs.getString(1),
            PersonalParticulars.Relationship.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getString(4),
            rs.getString(5)))
        .list();
    var contact = jdbc.sql("SELECT name, relationship, phone, address FROM prisoner_emergency_contact WHERE prisoner_id = ?")
        .param(id).query((rs, n) -> new PersonalParticulars.EmergencyContact(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4)))
        .optional().orElse(null);
    return new Particulars(id, photos.exists(id), SignedInUser.holds(PhotoService.UPLOAD), orders, placeOfBirth,
        spellings, documents, family, contact, LocalDate.now(clock.withZone(properties.zone())));
  }
}
