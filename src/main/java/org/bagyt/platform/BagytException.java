package org.bagyt.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand: an HTTP status, a stable problem type (the last part of the
 * {@code /problems/...} type URI) and a message key translated into the user's language.
 */
public class BagytException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String messageKey;
  private final transient Object[] arguments;

  public BagytException(HttpStatus status, String type, String messageKey, Object... arguments) {
    super(type + ": " + messageKey);
    this.status = status;
    this.type = type;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public static BagytException notFound() {
    return new BagytException(HttpStatus.NOT_FOUND, "not-found", "error.not-found");
  }

  public static BagytException conflict(String type, String messageKey, Object... arguments) {
    return new BagytException(HttpStatus.CONFLICT, type, messageKey, arguments);
  }

  public static BagytException invalid(String type, String messageKey, Object... arguments) {
    return new BagytException(HttpStatus.BAD_REQUEST, type, messageKey, arguments);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments;
  }
}
