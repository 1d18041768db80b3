package org.bagyt.accounts.internal;

import jakarta.servlet.ServletException;
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

/**
 * Remembers each person's language: restores it when their password is accepted, saves it when they switch.
 * After the password it goes to the next sign-in step, if one is due, else to where the person was going.
 */
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
      throws IOException, ServletException {
    accounts.language(auth.getName()).flatMap(Languages::byCode)
        .ifPresent(language -> locales.setLocale(request, response, language));
    if (auth instanceof UnfinishedSignIn unfinished) {
      // The page asked for before signing in stays saved until the last step is done.
      getRedirectStrategy().sendRedirect(request, response, unfinished.step().path());
      return;
    }
    super.onAuthenticationSuccess(request, response, auth);
  }

  @EventListener
  @Transactional
  void on(LanguageChosen chosen) {
    accounts.rememberLanguage(chosen.username(), chosen.language().getLanguage());
  }
}
