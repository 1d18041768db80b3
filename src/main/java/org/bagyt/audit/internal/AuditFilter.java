package org.bagyt.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bagyt.platform.BagytException;

/**
 * What the audit viewer asks for: one person, one prisoner, one action and a range of days (inclusive, in
 * the service's time zone); each may be left out. Built only from input that passed {@link #parse}.
 */
public record AuditFilter(String user, UUID prisoner, String action, LocalDate from, LocalDate to) {

  private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
  private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern UUID_TEXT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null);

  /** The SQL condition (empty, or starting with WHERE) and its parameters. */
  record Where(String sql, List<Object> params) {}

  /** Checks what a person typed; anything that is not a plausible filter is refused with a 400, never run. */
  public static AuditFilter parse(String user, String prisoner, String action, String from, String to) {
    String u = blankToNull(user);
    if (u != null && !USER.matcher(u).matches()) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.user");
    }
    String p = blankToNull(prisoner);
    if (p != null && !UUID_TEXT.matcher(p).matches()) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.prisoner");
    }
    String a = blankToNull(action);
    if (a != null && !ACTION.matcher(a).matches()) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.action");
    }
    LocalDate fromDay = day(from);
    LocalDate toDay = day(to);
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      throw BagytException.invalid("invalid-date-range", "audit.error.date-range");
    }
    return new AuditFilter(u, p == null ? null : UUID.fromString(p), a, fromDay, toDay);
  }

  Where where(ZoneId zone) {
    var conditions = new ArrayList<String>();
    var params = new ArrayList<Object>();
    if (user != null) {
      conditions.add("actor = ?");
      params.add(user);
    }
    if (prisoner != null) {
      conditions.add("prisoner_id = ?");
      params.add(prisoner);
    }
    if (action != null) {
      // Said outright so that a prepared (generic) plan may use the index of actions other than READ.
      conditions.add(action.equals("READ") ? "action = ?" : "action = ? AND action <> 'READ'");
      params.add(action);
    }
    if (from != null) {
      conditions.add("occurred_at >= ?");
      params.add(from.atStartOfDay(zone).toOffsetDateTime());
    }
    if (to != null) {
      conditions.add("occurred_at < ?");
      params.add(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
  }

  /** The filter as it is written into the audit event that records someone viewing or exporting the trail. */
  public String describe() {
    var parts = new ArrayList<String>();
    if (user != null) {
      parts.add("user=" + user);
    }
    if (prisoner != null) {
      parts.add("prisoner=" + prisoner);
    }
    if (action != null) {
      parts.add("action=" + action);
    }
    if (from != null) {
      parts.add("from=" + from);
    }
    if (to != null) {
      parts.add("to=" + to);
    }
    return parts.isEmpty() ? "all" : String.join(";", parts);
  }

  private static LocalDate day(String text) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      if (t.length() != 10) {
        throw new DateTimeParseException("not yyyy-MM-dd", t, 0);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw BagytException.invalid("invalid-audit-filter", "audit.error.date");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
