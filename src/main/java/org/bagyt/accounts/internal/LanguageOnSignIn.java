package org.bagyt.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bagyt.platform.LanguageChosen;
import org.bagyt.platform.Languages;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.LocaleResolver;

/** Remembers each person's language: restores it when they sign in, saves it when they switch. */
@Component
class LanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

  private final StaffAccounts accounts;
  private final LocaleResolver locales;

  LanguageOnSignIn(StaffAccounts accounts, LocaleResolver locales) {
    this.accounts = accounts;
    this.locales = locales;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException, jakarta.servlet.ServletException {
    accounts.language(auth.getName()).flatMap(Languages::byCode)
        .ifPresent(language -> locales.setLocale(request, response, language));
    super.onAuthenticationSuccess(request, response, auth);
  }

  @EventListener
  @Transactional
  void on(LanguageChosen chosen) {
    accounts.rememberLanguage(chosen.username(), chosen.language().getLanguage());
  }
}
