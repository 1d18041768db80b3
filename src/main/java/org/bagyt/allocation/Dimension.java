package org.bagyt.allocation;

/**
 * The three separate classification decisions: never one score, so that a high security category never follows
 * from a designation or an offence by itself (Mandela Rules 36 and 89).
 */
public enum Dimension {
  SECURITY, REGIME, DESIGNATION
}
