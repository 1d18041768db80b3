package org.bagyt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Catches every failure: exceptions thrown by controllers, and errors the container or security filters
 * send to {@code /error}. Both answer through {@link ErrorResponses}.
 */
@Controller
@ControllerAdvice
class ErrorHandling implements ErrorController {

  private final ErrorResponses responses;

  ErrorHandling(ErrorResponses responses) {
    this.responses = responses;
  }

  @ExceptionHandler(Exception.class)
  ModelAndView handle(Exception ex, HttpServletRequest request, Locale locale) {
    return responses.render(request, responses.classify(ex, locale), ex, locale);
  }

  @RequestMapping("/error")
  ModelAndView error(HttpServletRequest request, Locale locale) {
    Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    var failure = cause != null && !(status instanceof Integer code && code < 500)
        ? responses.classify(cause, locale)
        : responses.byStatus(status instanceof Integer code ? code : 404);
    return responses.render(request, failure, cause, locale);
  }
}
