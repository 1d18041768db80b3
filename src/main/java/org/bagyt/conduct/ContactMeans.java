package org.bagyt.conduct;

/** The means of contact with family and friends a limit may withhold: never all of them at once. */
public enum ContactMeans { VISITS, CALLS, LETTERS }
