package org.bagyt.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An assessment instrument as its data file defines it (docs/instruments.md): items grouped in domains, each rated
 * on a scale, and the overall judgements it asks for. Read strictly by {@link Instruments}; never changed once
 * loaded, so an assessment always shows the version it answered.
 */
public record Instrument(String id, int version, InstrumentPurpose purpose, String licence, Wording name,
    Wording guidance, boolean plan, List<Scale> scales, List<Domain> domains, List<Judgement> judgements) {

  /** A text in the three languages. */
  public record Wording(String ky, String ru, String en) {
    public String in(String language) {
      return switch (language) {
        case "ru" -> ru;
        case "en" -> en;
        default -> ky;
      };
    }

    Stream<String> all() {
      return Stream.of(ky, ru, en);
    }
  }

  public record Option(String code, Wording label, boolean unknown) {}

  /** A rating scale; {@code needs} are the ratings of a risk item that mark a need the plan must answer. */
  public record Scale(String code, List<Option> options, List<String> needs) {
    public Optional<Option> option(String optionCode) {
      return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }
  }

  public enum Direction { RISK, PROTECTIVE }

  public record Item(String code, Wording title, Wording guidance, String scale, Direction direction,
      List<String> rates, boolean rationaleRequired) {}

  public record Domain(String code, Wording title, List<Item> items) {}

  /** An overall judgement, with the months to the next review after each level. */
  public record Judgement(String code, Wording title, Wording guidance, Map<Level, Integer> reviewMonths,
      Level referAtOrAbove) {}

  public Stream<Item> items() {
    return domains.stream().flatMap(d -> d.items().stream());
  }

  public Optional<Item> item(String code) {
    return items().filter(i -> i.code().equals(code)).findFirst();
  }

  public Scale scaleOf(Item item) {
    return scales.stream().filter(s -> s.code().equals(item.scale())).findFirst().orElseThrow();
  }

  public Optional<Judgement> judgement(String code) {
    return judgements.stream().filter(j -> j.code().equals(code)).findFirst();
  }

  /** Whether a rating marks a need: a risk item rated at one of its scale's need levels. */
  public boolean isNeed(Item item, String rating) {
    return item.direction() == Direction.RISK && rating != null && scaleOf(item).needs().contains(rating);
  }

  /** "id v1", as it is named on pages and in the audit trail. */
  public String label() {
    return id + " v" + version;
  }
}
