package org.bagyt.prisoners.web;

import org.bagyt.prisoners.imports.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A row problem in the reader's language: the field's label and the reason. Templates call it as {@code @importTexts}. */
@Component("importTexts")
class ImportTexts {

  private final MessageSource messages;

  ImportTexts(MessageSource messages) {
    this.messages = messages;
  }

  public String column(RowProblem problem) {
    return problem.column() == null ? "" : messages.getMessage(problem.column().labelKey(), null, LocaleContextHolder.getLocale());
  }

  public String reason(RowProblem problem) {
    return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), LocaleContextHolder.getLocale());
  }

  public String message(String key, java.util.List<String> arguments) {
    return message(key, arguments.toArray());
  }

  /** A refusal's message with its arguments as given, so that numbers are written the reader's way. */
  public String message(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
