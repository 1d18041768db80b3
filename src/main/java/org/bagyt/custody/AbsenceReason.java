package org.bagyt.custody;

/** Why a person is away for a while and keeps their bed. */
public enum AbsenceReason { COURT, HOSPITAL }
