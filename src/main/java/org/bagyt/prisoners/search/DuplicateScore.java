package org.bagyt.prisoners.search;

import java.time.LocalDate;

/**
 * Whether someone on file is probably the person being admitted: the name must be close (0.8 or more) and the
 * date of birth the same or a common slip of the pen: day and month swapped, one digit of the day, month or
 * year wrong. The score weighs the name three parts and the date one.
 */
final class DuplicateScore {

  static final int SHOWN = 10;
  static final double NAME_AT_LEAST = 0.8;

  private DuplicateScore() {}

  /** 0 when not a likely duplicate. */
  static double of(double name, LocalDate onFile, LocalDate given) {
    double date = dates(onFile, given);
    if (name < NAME_AT_LEAST || date == 0) {
      return 0;
    }
    return 0.75 * name + 0.25 * date;
  }

  static double dates(LocalDate a, LocalDate b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue()) {
      return 0.8;
    }
    int differing = (a.getYear() != b.getYear() ? 1 : 0) + (a.getMonthValue() != b.getMonthValue() ? 1 : 0)
        + (a.getDayOfMonth() != b.getDayOfMonth() ? 1 : 0);
    if (differing == 1 && oneDigitApart(a, b)) {
      return 0.7;
    }
    return 0;
  }

  /** The two dates, written as yyyymmdd, differ in one digit only. */
  private static boolean oneDigitApart(LocalDate a, LocalDate b) {
    String x = String.format("%04d%02d%02d", a.getYear(), a.getMonthValue(), a.getDayOfMonth());
    String y = String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth());
    int diff = 0;
    for (int i = 0; i < x.length(); i++) {
      if (x.charAt(i) != y.charAt(i)) {
        diff++;
      }
    }
    return diff == 1;
  }
}
