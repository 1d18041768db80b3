package org.bagyt.assessment.internal;

import org.bagyt.assessment.Instruments;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the instruments once the application has started (Flyway has built the schema by then). A refused
 * instrument stops start-up: Bagyt does not run with an instrument it cannot trust.
 */
@Component
class InstrumentLoading {

  private final Instruments instruments;

  InstrumentLoading(Instruments instruments) {
    this.instruments = instruments;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  void load() {
    instruments.load();
  }
}
