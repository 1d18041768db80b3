package org.bagyt.custody;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A placement gate beside the real one that refuses the cells a test names, as a keep-apart pair would. A person being
 * admitted is new, so no real hard rule (pairs, groups, designation) can concern them yet; this lets the admission's
 * refusal be seen as the officer sees it.
 */
@TestConfiguration(proxyBeanMethods = false)
class RefusingGate {

  static final Set<UUID> REFUSED_CELLS = ConcurrentHashMap.newKeySet();

  @Bean
  PlacementGate refusingNamedCells() {
    return (prisonerId, cellId, kind) -> REFUSED_CELLS.contains(cellId)
        ? List.of(new PlacementRefusal("KEEP_APART", "placement.rule.keep-apart-cell", List.of(), List.of()))
        : List.of();
  }
}
