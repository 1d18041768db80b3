package org.bagyt.accounts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Collects the application events the running server publishes while a test runs. It is attached to the
 * shared context for the test only, so it adds no Spring context of its own.
 */
final class EventsSeen implements ApplicationListener<PayloadApplicationEvent<?>> {

  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final ConfigurableApplicationContext context;

  private EventsSeen(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static EventsSeen in(ConfigurableApplicationContext context) {
    var seen = new EventsSeen(context);
    context.addApplicationListener(seen);
    return seen;
  }

  @Override
  public void onApplicationEvent(PayloadApplicationEvent<?> event) {
    events.add(event.getPayload());
  }

  <T> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  void stop() {
    context.removeApplicationListener(this);
  }
}
