package org.bagyt.prisoners.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.Sex;

/** How registers write dates, sex and legal status, in Kyrgyz, Russian and English, read into Bagyt's values. */
final class Values {

  /** Year first (2026-03-01) or day first (01.03.2026, 01/03/2026); matched before parsing, so a bad date costs no exception. */
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final List<DateTimeFormatter> DATE_TIMES = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT));

  private static final Map<String, Sex> SEXES = Map.ofEntries(
      Map.entry("male", Sex.MALE), Map.entry("m", Sex.MALE), Map.entry("м", Sex.MALE), Map.entry("муж", Sex.MALE),
      Map.entry("мужской", Sex.MALE), Map.entry("эркек", Sex.MALE), Map.entry("э", Sex.MALE),
      Map.entry("female", Sex.FEMALE), Map.entry("f", Sex.FEMALE), Map.entry("ж", Sex.FEMALE), Map.entry("жен", Sex.FEMALE),
      Map.entry("женский", Sex.FEMALE), Map.entry("аял", Sex.FEMALE), Map.entry("а", Sex.FEMALE));

  private static final Map<String, LegalStatus> STATUSES = Map.ofEntries(
      Map.entry("untried", LegalStatus.UNTRIED), Map.entry("remand", LegalStatus.UNTRIED),
      Map.entry("подследственный", LegalStatus.UNTRIED), Map.entry("обвиняемый", LegalStatus.UNTRIED),
      Map.entry("подозреваемый", LegalStatus.UNTRIED), Map.entry("тергөөдөгү", LegalStatus.UNTRIED),
      Map.entry("айыпталуучу", LegalStatus.UNTRIED), Map.entry("тергөөдө", LegalStatus.UNTRIED),
      Map.entry("подследствием", LegalStatus.UNTRIED), Map.entry("осужден(а)", LegalStatus.CONVICTED),
      Map.entry("convicted", LegalStatus.CONVICTED), Map.entry("осужденный", LegalStatus.CONVICTED),
      Map.entry("осужден", LegalStatus.CONVICTED), Map.entry("соттолгон", LegalStatus.CONVICTED),
      Map.entry("underappeal", LegalStatus.UNDER_APPEAL), Map.entry("appeal", LegalStatus.UNDER_APPEAL),
      Map.entry("обжалует", LegalStatus.UNDER_APPEAL), Map.entry("апелляция", LegalStatus.UNDER_APPEAL),
      Map.entry("вапелляции", LegalStatus.UNDER_APPEAL), Map.entry("апелляцияда", LegalStatus.UNDER_APPEAL),
      Map.entry("обжалуетприговор", LegalStatus.UNDER_APPEAL), Map.entry("өкүмгөдаттанууда", LegalStatus.UNDER_APPEAL));

  private static final Pattern SEPARATORS = Pattern.compile("[\\s._-]+");

  private Values() {}

  static Optional<LocalDate> date(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.matches()) {
      return day(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dayFirst = DAY_FIRST.matcher(text);
    return dayFirst.matches() ? day(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)) : Optional.empty();
  }

  private static Optional<LocalDate> day(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // 31 February and the like
    }
  }

  /** A date alone means the start of that day in the service's time zone. */
  static Optional<Instant> moment(String text, ZoneId zone) {
    var day = date(text);
    if (day.isPresent()) {
      return Optional.of(day.get().atStartOfDay(zone).toInstant());
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(text, f).atZone(zone).toInstant());
      } catch (DateTimeParseException next) {
        // try the next way of writing it
      }
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Sex> sex(String text) {
    return Optional.ofNullable(SEXES.get(key(text)));
  }

  static Optional<LegalStatus> legalStatus(String text) {
    String key = key(text);
    for (LegalStatus s : LegalStatus.values()) {
      if (key.equals(s.name().toLowerCase(Locale.ROOT).replace("_", ""))) {
        return Optional.of(s);
      }
    }
    return Optional.ofNullable(STATUSES.get(key.endsWith("ая") ? key.substring(0, key.length() - 2) + "ый" : key));
  }

  private static String key(String text) {
    return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
  }
}
