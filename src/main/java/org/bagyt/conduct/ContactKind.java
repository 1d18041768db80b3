package org.bagyt.conduct;

/** A visit, a call, or a letter in either direction, and the means of contact it uses. */
public enum ContactKind {
  VISIT(ContactMeans.VISITS), CALL(ContactMeans.CALLS), LETTER_IN(ContactMeans.LETTERS), LETTER_OUT(ContactMeans.LETTERS);

  private final ContactMeans means;

  ContactKind(ContactMeans means) {
    this.means = means;
  }

  public ContactMeans means() {
    return means;
  }
}
