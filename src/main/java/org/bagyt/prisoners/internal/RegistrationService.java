package org.bagyt.prisoners.internal;

import java.sql.Timestamp;
import java.util.List;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.PersonalParticulars;
import org.bagyt.prisoners.PrisonerFiles;
import org.bagyt.prisoners.Registration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegistrationService implements Registration {

  private final PrisonerFiles files;
  private final JdbcClient jdbc;
  private final String countryCode;

  RegistrationService(PrisonerFiles files, JdbcClient jdbc, @Value("${bagyt.country-code:KG}") String countryCode) {
    this.files = files;
    this.jdbc = jdbc;
    this.countryCode = countryCode;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Registered register(NewPrisoner person, PersonalParticulars particulars) {
    files.register(List.of(person));
    // register numbers the person from prisoner_number_seq in this session; currval is that number, whatever
    // other sessions drew meanwhile, so the row found is the one just inserted.
    var registered = jdbc.sql("""
        SELECT id, number FROM prisoner
        WHERE number = format('%s-%s-%s', ?::text, to_char(?::timestamptz AT TIME ZONE 'UTC', 'YYYY'),
                              lpad(currval('prisoner_number_seq')::text, 6, '0'))""")
        .params(countryCode, Timestamp.from(person.admittedAt()))
        .query((rs, n) -> new Registered(rs.getObject(1, java.util.UUID.class), rs.getString(2))).single();
    store(registered.prisonerId(), particulars);
    return registered;
  }

  private void store(java.util.UUID id, PersonalParticulars p) {
    jdbc.sql("UPDATE prisoner SET gender_identity = ? WHERE id = ?").params(blankToNull(p.genderIdentity()), id).update();
    jdbc.sql("INSERT INTO prisoner_particulars (prisoner_id, place_of_birth) VALUES (?, ?)")
        .params(id, blankToNull(p.placeOfBirth())).update();
    for (int i = 0; i < p.otherSpellings().size(); i++) {
      jdbc.sql("INSERT INTO prisoner_other_spelling (prisoner_id, spelling, position) VALUES (?, ?, ?)")
          .params(id, p.otherSpellings().get(i).strip(), i).update();
    }
    for (int i = 0; i < p.documents().size(); i++) {
      var d = p.documents().get(i);
      jdbc.sql("""
          INSERT INTO prisoner_identity_document (prisoner_id, kind, number, issued_by, issued_on, position)
          VALUES (?, ?, ?, ?, ?, ?)""")
          .params(id, d.kind().name(), d.number().strip(), blankToNull(d.issuedBy()), d.issuedOn(), i).update();
    }
    for (int i = 0; i < p.family().size(); i++) {
      var f = p.family().get(i);
      jdbc.sql("""
          INSERT INTO prisoner_family_member (prisoner_id, name, relationship, date_of_birth, whereabouts, cared_for_by, position)
          VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(id, f.name().strip(), f.relationship().name(), f.dateOfBirth(), blankToNull(f.whereabouts()),
              blankToNull(f.caredForBy()), i).update();
    }
    var c = p.emergencyContact();
    if (c != null) {
      jdbc.sql("INSERT INTO prisoner_emergency_contact (prisoner_id, name, relationship, phone, address) VALUES (?, ?, ?, ?, ?)")
          .params(id, c.name().strip(), blankToNull(c.relationship()), blankToNull(c.phone()), blankToNull(c.address()))
          .update();
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
