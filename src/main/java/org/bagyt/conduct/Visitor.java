package org.bagyt.conduct;

import java.util.UUID;

/** A registered visitor as one prisoner knows them. */
public record Visitor(UUID id, String familyName, String givenName, String identityDocument,
    VisitorRelationship relationship) {

  public String name() {
    return familyName + " " + givenName;
  }
}
