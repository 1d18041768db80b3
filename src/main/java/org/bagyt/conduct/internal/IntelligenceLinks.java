package org.bagyt.conduct.internal;

import java.util.stream.Stream;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.LinkKind;
import org.bagyt.platform.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The links usable intelligence items assert. An item alleged to come from duress is not usable until reviewed, so it
 * adds nothing; a person signed in sees only the links of items whose handling code they hold (a system reader, such
 * as group separation, sees every usable link).
 */
@Component
class IntelligenceLinks implements SingleKindSource {

  @Override
  public LinkKind kind() {
    return LinkKind.INTELLIGENCE;
  }

  private final IntelligenceStore store;

  IntelligenceLinks(IntelligenceStore store) {
    this.store = store;
  }

  @Override
  public Stream<AssociationLink> links() {
    boolean signedIn = SignedInUser.current().isPresent();
    return store.usableLinks().stream().filter(l -> !signedIn || SignedInUser.holds(l.permission()))
        .map(l -> new AssociationLink(l.link().prisonerA(), l.link().prisonerB(), LinkKind.INTELLIGENCE, l.link().from(),
            l.link().to(), "intelligence " + l.reference()));
  }
}
