package org.bagyt.custody;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A hard rule a placement breaks: the rule's name (e.g. {@code KEEP_APART}), the reason as a message key with its
 * arguments, and the other prisoners involved.
 */
public record PlacementRefusal(String rule, String messageKey, List<Object> arguments, List<UUID> others) {

  public PlacementRefusal {
    arguments = List.copyOf(arguments);
    others = List.copyOf(others);
  }

  /** 409 with problem type {@code placement-keep-apart} etc. and the translated reason. */
  public BagytException refusal() {
    return BagytException.conflict(type(), messageKey, arguments.toArray());
  }

  /**
   * The same refusal told in a caller's own words: {@code framingKey} receives the translated reason as its argument
   * {0} (e.g. an admission, which adds what the officer can do instead).
   */
  public BagytException refusal(String framingKey) {
    return BagytException.conflict(type(), framingKey,
        new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.toArray(), messageKey));
  }

  private String type() {
    return "placement-" + rule.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
