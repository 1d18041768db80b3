package org.bagyt.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.bagyt.platform.Languages;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the page language: the one chosen in this session, else the one remembered in the
 * browser, else the best supported match of the browser's Accept-Language, else the service default.
 */
class LanguageResolver implements LocaleResolver {

  static final String SESSION_ATTRIBUTE = LanguageResolver.class.getName() + ".language";
  static final String COOKIE = "bagyt-lang";

  private final Locale defaultLanguage;

  LanguageResolver(Locale defaultLanguage) {
    this.defaultLanguage = Languages.byCode(defaultLanguage.toLanguageTag()).orElse(Languages.KYRGYZ);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
      return chosen;
    }
    return fromCookie(request).or(() -> fromBrowser(request)).orElse(defaultLanguage);
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale language = locale == null ? defaultLanguage : locale;
    request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
    if (response != null) {
      var cookie = new Cookie(COOKIE, language.getLanguage());
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    }
  }

  private static Optional<Locale> fromCookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return Optional.empty();
    }
    for (Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return Languages.byCode(c.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<Locale> fromBrowser(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank() || header.length() > 1000) {
      return Optional.empty();
    }
    try {
      var ranges = Locale.LanguageRange.parse(header);
      return Optional.ofNullable(Locale.lookup(ranges, Languages.SUPPORTED));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
