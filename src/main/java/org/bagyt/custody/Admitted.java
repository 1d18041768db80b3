package org.bagyt.custody;

import java.util.UUID;

/**
 * A completed admission: the new prisoner's file and number, and the referral a complaint raised, if any. Also
 * published, in the admission's transaction, for what an admission sets going (the intake screening).
 */
public record Admitted(UUID prisonerId, String number, UUID admissionId, UUID referralId) {}
