package org.bagyt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bagyt.platform.BagytException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that turns a failure into what the user sees: a translated error page, or for the API an
 * RFC 9457 problem with a stable type URI. No stack trace ever leaves the server.
 */
@Component
public class ErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
  public static final String TYPE_PREFIX = "/problems/";

  private final MessageSource messages;
  private final JsonMapper json;

  ErrorResponses(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /** What went wrong, in terms a user and a client programme can act on. */
  public record Failure(HttpStatus status, String type, String messageKey, Object[] arguments, List<FieldProblem> fields) {
    Failure(HttpStatus status, String type, String messageKey) {
      this(status, type, messageKey, new Object[0], List.of());
    }
  }

  public record FieldProblem(String field, String message) {}

  public ModelAndView render(HttpServletRequest request, Failure failure, Throwable cause, Locale locale) {
    String path = originalPath(request);
    if (failure.status().is5xxServerError()) {
      log.error("{} {} {} {}", failure.status().value(), failure.type(), request.getMethod(), path, cause);
    } else {
      log.warn("{} {} {} {}{}", failure.status().value(), failure.type(), request.getMethod(), abbreviate(path),
          cause == null ? "" : ": " + abbreviate(String.valueOf(cause.getMessage())));
    }
    String title = messages.getMessage("error.title." + failure.status().value(), null,
        messages.getMessage("error.title.generic", null, locale), locale);
    String detail = messages.getMessage(failure.messageKey(), failure.arguments(), locale);
    if (isApi(request, path)) {
      return new ModelAndView((model, req, res) -> {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_PREFIX + failure.type());
        problem.put("title", title);
        problem.put("status", failure.status().value());
        problem.put("detail", detail);
        problem.put("instance", abbreviate(path));
        if (!failure.fields().isEmpty()) {
          problem.put("errors", failure.fields());
        }
        res.setStatus(failure.status().value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), problem);
      });
    }
    var page = new ModelAndView("error");
    page.setStatus(failure.status());
    page.addObject("status", failure.status().value());
    page.addObject("title", title);
    page.addObject("detail", detail);
    page.addObject("fields", failure.fields());
    return page;
  }

  public Failure classify(Throwable ex, Locale locale) {
    if (ex instanceof org.bagyt.platform.InvalidFields invalid) {
      return new Failure(invalid.status(), invalid.type(), invalid.messageKey(), invalid.arguments(),
          invalid.errors().entrySet().stream()
              .map(e -> new FieldProblem(e.getKey(), messages.getMessage(e.getValue(), null, locale))).toList());
    }
    if (ex instanceof BagytException b) {
      return new Failure(b.status(), b.type(), b.messageKey(), b.arguments(), List.of());
    }
    if (ex instanceof NoResourceFoundException) {
      return new Failure(HttpStatus.NOT_FOUND, "not-found", "error.not-found");
    }
    if (ex instanceof HttpMessageNotReadableException) {
      return new Failure(HttpStatus.BAD_REQUEST, "malformed-body", "error.malformed-body");
    }
    if (ex instanceof HttpMediaTypeNotSupportedException) {
      return new Failure(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "error.unsupported-media-type");
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return new Failure(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "error.not-acceptable");
    }
    if (ex instanceof HttpRequestMethodNotSupportedException) {
      return new Failure(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "error.method-not-allowed");
    }
    if (ex instanceof BindException bind) {
      return new Failure(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalid-input", new Object[0],
          fieldProblems(bind.getFieldErrors(), locale));
    }
    if (ex instanceof HandlerMethodValidationException || ex instanceof MethodArgumentTypeMismatchException
        || ex instanceof ServletRequestBindingException) {
      return new Failure(HttpStatus.BAD_REQUEST, "invalid-input", "error.invalid-input");
    }
    if (ex instanceof MaxUploadSizeExceededException) {
      return new Failure(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large");
    }
    if (ex instanceof AccessDeniedException) {
      return new Failure(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    if (ex instanceof OptimisticLockingFailureException) {
      return new Failure(HttpStatus.CONFLICT, "stale-edit", "error.stale-edit");
    }
    if (ex instanceof ErrorResponse response) {
      return byStatus(response.getStatusCode().value());
    }
    return byStatus(500);
  }

  /** For failures that reach the error page without an exception (the container, the security filters). */
  public Failure byStatus(int code) {
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null || code < 400) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return switch (status) {
      case BAD_REQUEST -> new Failure(status, "bad-request", "error.bad-request");
      case UNAUTHORIZED -> new Failure(status, "unauthenticated", "error.unauthenticated");
      case FORBIDDEN -> new Failure(status, "forbidden", "error.forbidden");
      case NOT_FOUND -> new Failure(status, "not-found", "error.not-found");
      case METHOD_NOT_ALLOWED -> new Failure(status, "method-not-allowed", "error.method-not-allowed");
      case CONTENT_TOO_LARGE -> new Failure(status, "too-large", "error.too-large");
      case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> new Failure(status, "request-too-long", "error.request-too-long");
      case UNSUPPORTED_MEDIA_TYPE -> new Failure(status, "unsupported-media-type", "error.unsupported-media-type");
      default -> status.is4xxClientError()
          ? new Failure(status, "bad-request", "error.bad-request")
          : new Failure(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "error.internal");
    };
  }

  private List<FieldProblem> fieldProblems(List<FieldError> errors, Locale locale) {
    var problems = new ArrayList<FieldProblem>();
    for (FieldError e : errors) {
      problems.add(new FieldProblem(e.getField(), messages.getMessage(e, locale)));
    }
    return problems;
  }

  static String originalPath(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return forwarded != null ? forwarded.toString() : request.getRequestURI();
  }

  private static boolean isApi(HttpServletRequest request, String path) {
    String context = request.getContextPath();
    return path.startsWith(context + "/api/") || path.startsWith(context + "/actuator/");
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
