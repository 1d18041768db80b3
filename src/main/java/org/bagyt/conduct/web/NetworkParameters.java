package org.bagyt.conduct.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.bagyt.conduct.LinkKind;
import org.bagyt.conduct.NetworkFilter;
import org.bagyt.platform.InvalidFields;
import org.bagyt.platform.web.FormValues;

/** The network's filter as the page and the API send it: kinds by name (none: all), and dates as yyyy-mm-dd. */
final class NetworkParameters {

  private NetworkParameters() {}

  static NetworkFilter filter(List<String> kinds, String from, String to) {
    var errors = new LinkedHashMap<String, String>();
    var chosen = EnumSet.noneOf(LinkKind.class);
    if (kinds != null) {
      for (String k : kinds) {
        if (k == null || k.isBlank()) {
          continue;
        }
        LinkKind kind = FormValues.option(k.toUpperCase(java.util.Locale.ROOT), LinkKind.class);
        if (kind == null) {
          errors.put("kinds", "network.error.unknown-kind");
        } else {
          chosen.add(kind);
        }
      }
    }
    LocalDate start = FormValues.date(from, "from", "network.error.date", errors);
    LocalDate end = FormValues.date(to, "to", "network.error.date", errors);
    if (start != null && end != null && end.isBefore(start)) {
      errors.put("to", "network.error.dates");
    }
    InvalidFields.throwIfAny(errors);
    return new NetworkFilter(chosen, start, end);
  }
}
