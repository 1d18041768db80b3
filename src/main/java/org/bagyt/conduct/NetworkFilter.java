package org.bagyt.conduct;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which links the network is drawn from: some kinds (none named: every kind) that held at some time between
 * {@code from} and {@code to} (either may be open).
 */
public record NetworkFilter(Set<LinkKind> kinds, LocalDate from, LocalDate to) {

  public NetworkFilter {
    kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(LinkKind.class) : EnumSet.copyOf(kinds);
  }

  public static NetworkFilter everything() {
    return new NetworkFilter(null, null, null);
  }

  public boolean admits(AssociationLink link) {
    return kinds.contains(link.kind())
        && (from == null || link.to() == null || !link.to().isBefore(from))
        && (to == null || link.from() == null || !link.from().isAfter(to));
  }
}
