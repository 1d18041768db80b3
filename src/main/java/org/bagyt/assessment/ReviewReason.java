package org.bagyt.assessment;

/** Why an assessment or a review is due. */
public enum ReviewReason {
  /** Every admission: the intake screening. */
  ADMISSION,
  /** An extremism or terrorism offence on the file: a full assessment. */
  EXTREMISM_OFFENCE,
  /** The intake screening judged a concern that needs a full assessment. */
  SCREENING_REFERRAL,
  /** The next review date the last judged levels set. */
  SCHEDULED,
  SERIOUS_INCIDENT,
  NEW_INTELLIGENCE,
  PROGRAMME_COMPLETED,
  TRANSFER,
  /** Six months (configurable) before the release date. */
  PRE_RELEASE,
  /** An appeal decided that the assessment be reviewed. */
  APPEAL
}
