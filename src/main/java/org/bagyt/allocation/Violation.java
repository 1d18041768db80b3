package org.bagyt.allocation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One rule a placement breaks: the rule (hard blocks, soft is a cost), the reason as a message key in
 * {@code i18n/placement_*.properties} with named ICU arguments, and the other prisoners involved.
 */
public record Violation(PlacementRule.Code rule, String messageKey, Map<String, Object> arguments, List<UUID> others) {

  public Violation {
    arguments = Map.copyOf(arguments);
    others = List.copyOf(others);
  }

  public boolean hard() {
    return rule.hard();
  }
}
