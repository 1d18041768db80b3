package org.bagyt.prisoners;

import java.util.UUID;

/**
 * A section of a prisoner's file that another part of Bagyt contributes (admission, sentence, movements,
 * and later assessments or release plans), so the file page and its PDF show them without the prisoner
 * file depending on those modules. Sections are asked for only after {@link PrisonerFiles#open} has
 * checked the reader's scope and audited the read.
 */
public interface PrisonerFileSection {

  /** Place on the page: lower first. Identity and custody (the file itself) come before every section. */
  int order();

  /** The Thymeleaf template holding the section, e.g. {@code "custody/file-sections"}. */
  String template();

  /** The fragment in that template; it receives the model as {@code section} and the file as {@code file}. */
  String fragment();

  /** The need-to-know permission a reader must hold to see the section, or null when reading the file is enough. */
  String permission();

  /** What the section shows for this prisoner. */
  Object model(UUID prisonerId);
}
