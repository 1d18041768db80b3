package org.bagyt.prisoners.imports;

import org.bagyt.prisoners.LatinSpelling;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.Sex;

/**
 * Turns the rows of one register into new prisoners, or says for each bad row which field is wrong and why.
 * Beds are counted across the file itself: the fifth row for a cell with four free beds is refused.
 * Stateful (bed counts, transliterators), so one check serves one pass over one file.
 */
final class RowCheck {

  static final int MAX_NAME = 200;
  static final int MAX_LATIN_NAME = 600;
  static final int MAX_AUTHORITY = 300;
  static final int MAX_DOCUMENT_NUMBER = 100;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** Letters only Kyrgyz writes. */
  private static final String KYRGYZ_LETTERS = "ңөүҢӨҮ";

  /** Whose facilities the importer may fill. */
  record Scope(boolean serviceWide, List<UUID> facilityIds) {
    boolean covers(UUID facility) {
      return serviceWide || facilityIds.contains(facility);
    }
  }

  private final ColumnMapping mapping;
  private final Scope scope;
  private final Map<String, ImportPlaces.Facility> facilities;
  private final Instant now;
  private final ZoneId zone;
  private final Map<UUID, Integer> bedsTaken = new HashMap<>();
  /** Registers repeat names; transliterating each spelling once keeps a large import fast. */
  private final Map<String, String> latinSpellings = new HashMap<>();

  RowCheck(ColumnMapping mapping, Scope scope, Map<String, ImportPlaces.Facility> facilities, Instant now, ZoneId zone) {
    this.mapping = mapping;
    this.scope = scope;
    this.facilities = facilities;
    this.now = now;
    this.zone = zone;
  }

  /** The person the row describes, or the row's problems (added to {@code problems}) and empty. */
  Optional<NewPrisoner> check(SheetRow row, List<RowProblem> problems) {
    var found = new ArrayList<RowProblem>();
    var r = new Reading(row, found);
    String family = r.text(ImportColumn.FAMILY_NAME, MAX_NAME);
    String given = r.text(ImportColumn.GIVEN_NAME, MAX_NAME);
    String patronymic = r.text(ImportColumn.PATRONYMIC, MAX_NAME);
    String latin = r.text(ImportColumn.LATIN_NAME, MAX_LATIN_NAME);
    LocalDate born = r.value(ImportColumn.DATE_OF_BIRTH, Values::date, "date");
    Sex sex = r.value(ImportColumn.SEX, Values::sex, "sex");
    String citizenship = r.value(ImportColumn.CITIZENSHIP, RowCheck::country, "citizenship");
    LegalStatus status = r.value(ImportColumn.LEGAL_STATUS, Values::legalStatus, "legal-status");
    Instant admitted = r.value(ImportColumn.ADMITTED_AT, t -> Values.moment(t, zone), "date");
    String authority = r.text(ImportColumn.COMMITMENT_AUTHORITY, MAX_AUTHORITY);
    String documentNumber = r.text(ImportColumn.COMMITMENT_NUMBER, MAX_DOCUMENT_NUMBER);
    LocalDate issued = r.value(ImportColumn.COMMITMENT_DATE, Values::date, "date");
    LocalDate today = LocalDate.ofInstant(now, zone);
    if (born != null && born.isAfter(today)) {
      found.add(RowProblem.of(row.number(), ImportColumn.DATE_OF_BIRTH, "birth-in-future"));
    } else if (born != null && born.isBefore(EARLIEST_BIRTH)) {
      found.add(RowProblem.of(row.number(), ImportColumn.DATE_OF_BIRTH, "birth-too-early"));
    }
    if (admitted != null && admitted.isAfter(now)) {
      found.add(RowProblem.of(row.number(), ImportColumn.ADMITTED_AT, "admitted-in-future"));
    } else if (admitted != null && born != null && LocalDate.ofInstant(admitted, zone).isBefore(born)) {
      found.add(RowProblem.of(row.number(), ImportColumn.ADMITTED_AT, "admitted-before-birth"));
    }
    if (issued != null && issued.isAfter(today)) {
      found.add(RowProblem.of(row.number(), ImportColumn.COMMITMENT_DATE, "order-in-future"));
    } else if (issued != null && admitted != null && issued.isAfter(LocalDate.ofInstant(admitted, zone))) {
      // Mandela Rule 7(b): the order comes first; an admission dated before it is a mistake in the register.
      found.add(RowProblem.of(row.number(), ImportColumn.COMMITMENT_DATE, "order-after-admission"));
    }
    UUID facilityId = null;
    UUID cellId = null;
    String facilityCode = r.text(ImportColumn.FACILITY, MAX_DOCUMENT_NUMBER);
    if (facilityCode != null) {
      var facility = ImportPlaces.facility(facilities, facilityCode);
      if (facility.isEmpty()) {
        found.add(RowProblem.of(row.number(), ImportColumn.FACILITY, "unknown-facility"));
      } else if (!scope.covers(facility.get().id())) {
        found.add(RowProblem.of(row.number(), ImportColumn.FACILITY, "facility-outside-scope"));
      } else {
        facilityId = facility.get().id();
        cellId = cell(row, r.text(ImportColumn.CELL, MAX_DOCUMENT_NUMBER), facility.get(), found);
      }
    }
    if (!found.isEmpty()) {
      problems.addAll(found);
      return Optional.empty();
    }
    if (latin == null) {
      latin = latin(family + " " + given, citizenship);
    }
    return Optional.of(new NewPrisoner(family, given, patronymic, latin, born, sex, citizenship, status, facilityId,
        cellId, admitted, new CommitmentOrder(authority, documentNumber, issued)));
  }

  private UUID cell(SheetRow row, String code, ImportPlaces.Facility facility, List<RowProblem> found) {
    if (code == null) {
      return null;
    }
    var cells = facility.cellsByCode().getOrDefault(ImportPlaces.key(code), List.of());
    if (cells.size() != 1 || !cells.get(0).inUse()) {
      found.add(RowProblem.of(row.number(), ImportColumn.CELL, cells.size() > 1 ? "ambiguous-cell" : "unknown-cell"));
      return null;
    }
    var cell = cells.get(0);
    int taken = bedsTaken.getOrDefault(cell.id(), 0);
    if (taken >= cell.free()) {
      found.add(RowProblem.of(row.number(), ImportColumn.CELL, "cell-full", cell.free()));
      return null;
    }
    bedsTaken.put(cell.id(), taken + 1);
    return cell.id();
  }

  /** Kyrgyz citizens' names, and names with letters only Kyrgyz has, by the Kyrgyz BGN/PCGN table; others by the Russian. */
  private String latin(String name, String citizenship) {
    boolean kyrgyz = "KG".equals(citizenship) || name.chars().anyMatch(c -> KYRGYZ_LETTERS.indexOf(c) >= 0);
    return latinSpellings.computeIfAbsent((kyrgyz ? "ky:" : "ru:") + name,
        key -> LatinSpelling.of(name, kyrgyz ? LatinSpelling.Script.KYRGYZ : LatinSpelling.Script.RUSSIAN));
  }

  private static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> country(String text) {
    String code = text.toUpperCase(Locale.ROOT);
    return COUNTRIES.contains(code) ? Optional.of(code) : Optional.empty();
  }

  /** One row's cells read by field, noting each problem once. */
  private final class Reading {
    private final SheetRow row;
    private final List<RowProblem> found;

    Reading(SheetRow row, List<RowProblem> found) {
      this.row = row;
      this.found = found;
    }

    /** The field's text, or null when empty (a problem if the field is required) or too long. */
    String text(ImportColumn field, int maxLength) {
      var column = mapping.column(field);
      String text = column.map(row::cell).orElse("");
      if (text.isEmpty()) {
        if (field.required()) {
          found.add(RowProblem.of(row.number(), field, "required"));
        }
        return null;
      }
      if (text.length() > maxLength) {
        found.add(RowProblem.of(row.number(), field, "too-long", maxLength));
        return null;
      }
      if (hasControlCharacter(text)) {
        found.add(RowProblem.of(row.number(), field, "control-character"));
        return null;
      }
      return text;
    }

    <T> T value(ImportColumn field, Function<String, Optional<T>> parse, String reason) {
      String text = text(field, MAX_AUTHORITY);
      if (text == null) {
        return null;
      }
      var value = parse.apply(text);
      if (value.isEmpty()) {
        found.add(RowProblem.of(row.number(), field, reason));
        return null;
      }
      return value.get();
    }
  }
}
