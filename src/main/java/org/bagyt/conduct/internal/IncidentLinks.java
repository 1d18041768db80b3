package org.bagyt.conduct.internal;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.AssociationLinkSource;
import org.bagyt.conduct.LinkKind;
import org.bagyt.platform.BagytProperties;
import org.springframework.stereotype.Component;

/** Prisoners involved in the same incident, linked on the day it happened, with the case number as the source. */
@Component
class IncidentLinks implements AssociationLinkSource {

  private final IncidentStore store;
  private final BagytProperties properties;

  IncidentLinks(IncidentStore store, BagytProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  @Override
  public Stream<AssociationLink> links() {
    return store.pairs().stream().map(p -> {
      LocalDate day = p.occurredAt().atZone(properties.zone()).toLocalDate();
      return new AssociationLink(p.a(), p.b(), LinkKind.INCIDENT, day, day, "incident " + p.caseNumber());
    });
  }
}
