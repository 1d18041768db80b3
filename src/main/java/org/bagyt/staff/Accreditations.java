package org.bagyt.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Who is accredited for which assessment instrument, and until when. */
public interface Accreditations {

  /** Whether the person holds an accreditation for the instrument that is in force on that day. */
  boolean accredited(String username, String instrumentId, LocalDate on);

  List<Accreditation> of(String username);

  Accreditation record(NewAccreditation accreditation);

  void withdraw(UUID id, String reason);

  /** For the demo generator and imports: no signed-in user needed, recordedBy given. */
  void register(List<NewAccreditation> accreditations, String recordedBy);
}
