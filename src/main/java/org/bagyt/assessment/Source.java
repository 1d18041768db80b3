package org.bagyt.assessment;

/** Where the information an assessment rests on came from. */
public enum Source {
  FILE_REVIEW, INTERVIEW, STAFF_REPORTS, OBSERVATIONS, INTELLIGENCE, COURT_DOCUMENTS, HEALTH_RECORDS, FAMILY,
  PARTNER_AGENCY, OTHER
}
