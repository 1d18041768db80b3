package org.bagyt.prisoners.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bagyt.platform.BagytProperties;
import org.bagyt.prisoners.NewPrisoner;
import org.springframework.stereotype.Component;

/** Reads a whole register and checks every row against the rules and the estate as it is now. */
@Component
class RegisterCheck {

  /** Problems kept for the report; a file with more is wrong throughout, and the count says so. */
  static final int MAX_PROBLEMS_KEPT = 10_000;

  private final ImportPlaces places;
  private final ImportLimits limits;
  private final Clock clock;
  private final BagytProperties properties;

  RegisterCheck(ImportPlaces places, ImportLimits limits, Clock clock, BagytProperties properties) {
    this.places = places;
    this.limits = limits;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * @param mappingFor the mapping to use, given the header row (chosen by the person, or guessed for the API)
   */
  CheckResult check(byte[] content, FileFormat format, TextEncoding encoding, Function<List<String>, ColumnMapping> mappingFor,
      RowCheck.Scope scope) {
    var prisoners = new ArrayList<NewPrisoner>();
    var problems = new ArrayList<RowProblem>();
    var state = new Object() {
      List<String> headers;
      ColumnMapping mapping;
      RowCheck rows;
      int count;
      int bad;
    };
    Sheets.read(content, format, encoding, limits, row -> {
      if (state.headers == null) {
        state.headers = row.cells();
        state.mapping = mappingFor.apply(state.headers);
        state.rows = new RowCheck(state.mapping, scope, places.load(), clock.instant(), properties.zone());
        return true;
      }
      state.count++;
      var found = new ArrayList<RowProblem>();
      state.rows.check(row, found).ifPresentOrElse(prisoners::add, () -> {
        state.bad++;
        found.stream().limit(Math.max(0, MAX_PROBLEMS_KEPT - problems.size())).forEach(problems::add);
      });
      return true;
    });
    if (state.headers == null) {
      throw new FileRefused("empty");
    }
    if (state.count == 0) {
      throw new FileRefused("no-rows");
    }
    return new CheckResult(state.count, state.headers, state.mapping,
        prisoners, problems, state.bad);
  }
}
