package org.bagyt.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.LanguageChosen;
import org.bagyt.platform.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Handles {@code ?lang=ky|ru|en} on any page: the page is shown again in that language and the choice is
 * remembered for the session, the browser and, when someone is signed in, their account.
 */
class LanguageSwitch implements HandlerInterceptor {

  static final String PARAMETER = "lang";

  private final LocaleResolver resolver;
  private final ApplicationEventPublisher events;

  LanguageSwitch(LocaleResolver resolver, ApplicationEventPublisher events) {
    this.resolver = resolver;
    this.events = events;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    String code = request.getParameter(PARAMETER);
    if (code == null) {
      return true;
    }
    Locale language = Languages.byCode(code).orElseThrow(() ->
        new BagytException(HttpStatus.BAD_REQUEST, "unsupported-language", "error.unsupported-language"));
    resolver.setLocale(request, response, language);
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      events.publishEvent(new LanguageChosen(auth.getName(), language));
    }
    return true;
  }
}
