package org.bagyt.allocation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.SeparationRules;
import org.bagyt.prisoners.Sex;

/**
 * What the placement rules look at in a prisoner, as plain values: the check loads them from the database, the
 * solver builds them once per problem. Judgements come from the current countersigned assessment, designation from
 * classification; religion, ethnicity or nationality are never among them.
 *
 * @param designated     a designated violent extremist prisoner
 * @param highInfluence  judged HIGH risk of influencing or recruiting others
 * @param vulnerable     judged HIGH vulnerability to being drawn in or exploited
 * @param groups         the networks or groups the person is recorded as a member of
 * @param keptApartFrom  the other prisoner of each open keep-apart pair, with the pair's scope
 * @param home           the family's home region centroid, or null when unknown (Mandela Rule 59)
 */
public record PrisonerFacts(UUID id, Sex sex, LocalDate dateOfBirth, LegalStatus legalStatus, boolean designated,
    boolean highInfluence, boolean vulnerable, Set<UUID> groups, Map<UUID, KeepApart.Scope> keptApartFrom,
    Place home) {

  public PrisonerFacts {
    groups = Set.copyOf(groups);
    keptApartFrom = Map.copyOf(keptApartFrom);
  }

  /** The person as Mandela Rule 11 sees them. */
  public SeparationRules.Person person() {
    return new SeparationRules.Person(sex, dateOfBirth, legalStatus);
  }

  /** A named point, e.g. a region's centroid. */
  public record Place(String code, double latitude, double longitude) {

    /** Great-circle distance in kilometres. */
    public double kilometresTo(Place other) {
      double p1 = Math.toRadians(latitude);
      double p2 = Math.toRadians(other.latitude);
      double dp = p2 - p1;
      double dl = Math.toRadians(other.longitude - longitude);
      double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
      return 6371.0 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }
  }
}
