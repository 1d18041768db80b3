package org.bagyt.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One recommended cell for a prisoner, best first: whether it breaks no hard rule, the solver's score for the
 * placement, and the reasons in the user's language (each rule it would break, then the beds, floor area per person
 * and distance from the family's home region).
 *
 * @param rank              1 for the best
 * @param kilometresFromHome null when the family's home region is unknown
 */
public record Recommendation(int rank, UUID cellId, String cellCode, boolean allowed, String score,
    List<String> reasons, int freeBeds, BigDecimal m2PerPerson, Long kilometresFromHome) {

  public Recommendation {
    reasons = List.copyOf(reasons);
  }
}
