package org.bagyt.assessment;

/** What an instrument is for. */
public enum InstrumentPurpose {
  /** A short screening at reception, for every admission. */
  INTAKE_SCREENING,
  /** The structured professional judgement of violent-extremism risk and needs. */
  EXTREMISM_RISK_NEEDS,
  /** Vulnerability to being drawn into violent extremism. */
  RADICALISATION_VULNERABILITY
}
