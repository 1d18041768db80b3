package org.bagyt.prisoners.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.PrisonerFileSection;
import org.springframework.stereotype.Component;

/** The sections other modules contribute to a prisoner's file, as far as the reader's need to know allows: page and PDF alike. */
@Component
class FileSections {

  /** A contributed section as a template renders it. */
  record Shown(String template, String fragment, Object model) {}

  private final List<PrisonerFileSection> sections;

  FileSections(List<PrisonerFileSection> sections) {
    this.sections = sections.stream().sorted(Comparator.comparingInt(PrisonerFileSection::order)).toList();
  }

  /** Call only after the file was opened: that checked the scope and audited the read. */
  List<Shown> visibleFor(UUID prisonerId) {
    return sections.stream()
        .filter(s -> s.permission() == null || SignedInUser.holds(s.permission()))
        .map(s -> new Shown(s.template(), s.fragment(), s.model(prisonerId)))
        .toList();
  }
}
