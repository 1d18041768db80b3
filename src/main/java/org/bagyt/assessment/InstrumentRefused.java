package org.bagyt.assessment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An instrument file that does not meet the schema (docs/instruments.md): nothing of it is loaded, and Bagyt does
 * not start with it. Each problem says where in the file it is and what is wrong, as a message key with arguments.
 */
public class InstrumentRefused extends RuntimeException {

  /** One problem: where (a path in the file such as {@code domains[1].items[0]}), and a message key. */
  public record Problem(String where, String key, List<String> arguments) {}

  private final String file;
  private final transient List<Problem> problems;

  public InstrumentRefused(String file, List<Problem> problems) {
    super("Instrument " + file + " refused: " + problems.stream().map(InstrumentRefused::explained)
        .collect(Collectors.joining("; ")));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /**
   * One problem as the service's administrator reads it where start-up stopped: where it is and what is wrong, in
   * English (the log's language), with its key to look it up in the other languages.
   */
  private static String explained(Problem p) {
    String text;
    try {
      text = java.text.MessageFormat.format(java.util.ResourceBundle.getBundle("i18n/assessment", java.util.Locale.ENGLISH)
          .getString(p.key()).replace("'", "''"), p.arguments().toArray());
    } catch (java.util.MissingResourceException unknown) {
      text = String.join(" ", p.arguments());
    }
    return (p.where().isEmpty() ? "" : p.where() + ": ") + text + " [" + p.key() + "]";
  }

  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The message keys of the problems, for checking which rules refused the file. */
  public List<String> keys() {
    return problems.stream().map(Problem::key).toList();
  }
}
