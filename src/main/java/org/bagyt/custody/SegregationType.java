package org.bagyt.custody;

/** Why a person is held apart: for good order (administrative), as a sanction, for their own protection, or medical. */
public enum SegregationType {
  ADMINISTRATIVE, DISCIPLINARY, PROTECTIVE, MEDICAL
}
