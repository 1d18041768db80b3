package org.bagyt.prisoners;

import java.util.UUID;

/**
 * Enters one person into the register with their personal particulars, through
 * {@link PrisonerFiles#register} (the one path that numbers people and takes their bed), inside the
 * caller's transaction: admission adds its own record in the same transaction, all or nothing.
 */
public interface Registration {

  Registered register(NewPrisoner person, PersonalParticulars particulars);

  /** The person as entered: their id and their service-wide prisoner number. */
  record Registered(UUID prisonerId, String number) {}
}
