package org.bagyt.conduct.internal;

import java.util.List;
import java.util.UUID;
import org.bagyt.conduct.ContactLimit;
import org.bagyt.conduct.Contacts;
import org.bagyt.conduct.Visitor;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The prisoner's visitors and limits on contact, on their file, with the way to the contacts page. */
@Component
class ContactSection implements PrisonerFileSection {

  /** What the section shows: the visitors, and the limits in force or still to come. */
  public record Summary(UUID prisonerId, List<Visitor> visitors, List<ContactLimit> limits) {}

  private final ContactStore store;
  private final java.time.Clock clock;
  private final org.bagyt.platform.BagytProperties properties;

  ContactSection(ContactStore store, java.time.Clock clock, org.bagyt.platform.BagytProperties properties) {
    this.store = store;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public int order() {
    return 66;
  }

  @Override
  public String template() {
    return "conduct/visits/parts";
  }

  @Override
  public String fragment() {
    return "section";
  }

  @Override
  public String permission() {
    return Contacts.READ;
  }

  @Override
  public Object model(UUID prisonerId) {
    var today = java.time.LocalDate.now(clock.withZone(properties.zone()));
    return new Summary(prisonerId, store.visitorsOf(prisonerId),
        store.limitsOf(prisonerId).stream().filter(l -> !l.expiresOn().isBefore(today)).toList());
  }
}
