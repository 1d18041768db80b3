package org.bagyt.conduct.internal;

import org.bagyt.conduct.AssociationLinkSource;
import org.bagyt.conduct.LinkKind;

/** A link source that yields one kind only, so the network need not read it when that kind is filtered out. */
public interface SingleKindSource extends AssociationLinkSource {

  LinkKind kind();
}
