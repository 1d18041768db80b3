package org.bagyt.conduct;

/** A visitor as registered for a prisoner: identity (one visitor per document) and relationship to the prisoner. */
public record NewVisitor(String familyName, String givenName, String identityDocument, VisitorRelationship relationship) {}
