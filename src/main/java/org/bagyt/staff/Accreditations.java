package org.bagyt.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who is accredited for which assessment instrument. Only a person holding an accreditation in force for an
 * instrument may author or countersign an assessment with it.
 */
public interface Accreditations {

  /** Whether the person holds an accreditation for the instrument that is in force on that day. */
  boolean accredited(String username, String instrumentId, LocalDate on);

  /** The person's accreditations, withdrawn ones included, latest issued first. */
  List<Accreditation> of(String username);

  /**
   * Records one, for a person holding {@code staff.manage}. Bad input is refused all at once with an
   * {@link org.bagyt.platform.InvalidFields} (400, a message key per field) and nothing is written; an accreditation overlapping
   * one the person already holds for the instrument is refused with 409 {@code accreditation-overlaps}. Audited.
   */
  Accreditation record(NewAccreditation accreditation);

  /** Withdraws one, giving a reason, for a person holding {@code staff.manage}; audited. 409 if already withdrawn. */
  void withdraw(UUID id, String reason);

  /**
   * For the demo generator and imports: records them all or none, with no signed-in user needed. The caller is
   * trusted with the instrument codes; every other rule of {@link #record} still applies. The caller audits its
   * own import.
   */
  void register(List<NewAccreditation> accreditations, String recordedBy);
}
