package org.bagyt.conduct;

import java.util.stream.Stream;

/**
 * Where links of one or more kinds come from (cases, cells, visits, incidents, intelligence). Each kind of record
 * contributes a source bean; the network reads them all, so a new kind of record adds links without changing it.
 */
public interface AssociationLinkSource {

  /** Every link this source knows of, current and past. */
  Stream<AssociationLink> links();
}
