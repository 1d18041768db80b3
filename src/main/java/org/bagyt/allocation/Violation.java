package org.bagyt.allocation;

import java.util.List;
import java.util.UUID;

/**
 * One rule a placement breaks: the rule (hard blocks, soft is a cost), the reason as a message key in
 * {@code i18n/placement_*.properties} with positional arguments ({0}, {1}: only the soft rules have any, so that a
 * form can show a hard reason by its key alone), and the other prisoners involved.
 */
public record Violation(PlacementRule.Code rule, String messageKey, List<Object> arguments, List<UUID> others) {

  public Violation {
    arguments = List.copyOf(arguments);
    others = List.copyOf(others);
  }

  public boolean hard() {
    return rule.hard();
  }
}
