package org.bagyt.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.LanguageChosen;
import org.bagyt.platform.Languages;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own account, for clients of the API. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account")
class MyAccountApi {

  record Me(String username, String displayName, String role, List<String> facilities) {}

  record LanguageChoice(@NotBlank @Size(max = 8) String language) {}

  private final ApplicationEventPublisher events;

  MyAccountApi(ApplicationEventPublisher events) {
    this.events = events;
  }

  @GetMapping
  @Operation(summary = "Who is signed in, with role and facilities")
  Me me(@AuthenticationPrincipal SignedInUser user) {
    return new Me(user.username(), user.displayName(), user.roleKey().substring("role.".length()), user.facilityNames());
  }

  @PutMapping("/language")
  @Operation(summary = "Remember the language (ky, ru or en) for this account")
  Me chooseLanguage(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody LanguageChoice choice) {
    var language = Languages.byCode(choice.language()).orElseThrow(() ->
        new BagytException(HttpStatus.BAD_REQUEST, "unsupported-language", "error.unsupported-language"));
    events.publishEvent(new LanguageChosen(user.username(), language));
    return me(user);
  }
}
