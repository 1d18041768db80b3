package org.bagyt.audit.internal;

/**
 * Makes any text storable in the audit trail: never longer than its column allows, no NUL (PostgreSQL text
 * refuses it) and no lone surrogate (it would not survive UTF-8, and the stored row would no longer match
 * its hash). An audit event must never fail to be written because of what someone typed.
 */
final class StoredText {

  private static final int REPLACEMENT = 0xFFFD;
  private static final String TRUNCATED = "…";

  private StoredText() {}

  static String fit(String value, int maxCodePoints) {
    if (value == null) {
      return null;
    }
    var out = new StringBuilder(Math.min(value.length(), maxCodePoints + 1));
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (count == maxCodePoints - 1 && i < value.length()) {
        out.append(TRUNCATED);
        return out.toString();
      }
      boolean loneSurrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
      out.appendCodePoint(cp == 0 || loneSurrogate ? REPLACEMENT : cp);
      count++;
    }
    return out.toString();
  }
}
