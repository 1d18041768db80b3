package org.bagyt.assessment;

import java.util.List;
import java.util.Map;

/**
 * What an assessor writes: a rating with its rationale per item, a level with its rationale per overall
 * judgement, the sources used, and the plan. A draft may be incomplete; submitting needs it whole.
 */
public record AssessmentEntry(Map<String, Rating> ratings, Map<String, JudgementEntry> judgements, List<Source> sources,
    String sourcesNote, List<PlanEntry> plan) {

  public AssessmentEntry {
    ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    judgements = judgements == null ? Map.of() : Map.copyOf(judgements);
    sources = sources == null ? List.of() : List.copyOf(sources);
    plan = plan == null ? List.of() : List.copyOf(plan);
  }

  /** The needs the ratings found: risk items rated at a need level, by code, in the instrument's order. */
  public List<String> needs(Instrument instrument) {
    return instrument.items().filter(i -> ratings.containsKey(i.code())
        && instrument.isNeed(i, ratings.get(i.code()).rating())).map(Instrument.Item::code).toList();
  }

  /**
   * The months to the next review: the shortest that any judged level asks for, by the service's intervals where set
   * and the instrument's otherwise (12 when nothing is judged).
   */
  public int reviewMonths(Instrument instrument, ReviewIntervals intervals) {
    return judgements.entrySet().stream().filter(e -> e.getValue().level() != null)
        .mapToInt(e -> intervals.months(instrument.judgement(e.getKey()).orElseThrow(), e.getValue().level()))
        .min().orElse(12);
  }

  public static AssessmentEntry empty() {
    return new AssessmentEntry(Map.of(), Map.of(), List.of(), null, List.of());
  }

  /** An item's rating: a code of the item's scale, and why. */
  public record Rating(String rating, String rationale) {}

  public record JudgementEntry(Level level, String rationale) {}

  public enum PlanKind { SECURITY_MEASURE, INTERVENTION }

  /** A recommended security measure or intervention, linked to the needs (item codes) it answers. */
  public record PlanEntry(PlanKind kind, String description, List<String> needs) {
    public PlanEntry {
      needs = needs == null ? List.of() : List.copyOf(needs);
    }
  }
}
