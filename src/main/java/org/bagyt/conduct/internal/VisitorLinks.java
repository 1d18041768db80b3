package org.bagyt.conduct.internal;

import java.util.stream.Stream;
import org.bagyt.conduct.AssociationLink;
import org.bagyt.conduct.AssociationLinkSource;
import org.bagyt.conduct.LinkKind;
import org.bagyt.platform.BagytProperties;
import org.springframework.stereotype.Component;

/**
 * Prisoners visited, called or written to by the same person, linked from the first to the last contact either had
 * with them; the source names the visitor's register entry, never their identity document.
 */
@Component
class VisitorLinks implements AssociationLinkSource {

  private final ContactStore store;
  private final BagytProperties properties;

  VisitorLinks(ContactStore store, BagytProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  @Override
  public Stream<AssociationLink> links() {
    return store.sharedVisitors().stream().map(s -> new AssociationLink(s.a(), s.b(), LinkKind.SAME_VISITOR,
        s.from().atZone(properties.zone()).toLocalDate(), s.to().atZone(properties.zone()).toLocalDate(),
        "visitor " + s.visitorId()));
  }
}
