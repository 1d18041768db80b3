package org.bagyt.prisoners;

/** The ground on which a person leaves the service's custody for good. */
public enum ReleaseType { END_OF_SENTENCE, EARLY_RELEASE, COURT_ORDER, TRANSFER_ABROAD }
