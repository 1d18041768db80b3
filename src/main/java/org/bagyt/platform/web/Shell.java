package org.bagyt.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bagyt.platform.Languages;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page shell shows on every page, error pages included: who is signed in, where they work,
 * the navigation their permissions open, and the language switch. Templates call it as {@code @shell}.
 */
@Component("shell")
public class Shell {

  /** One entry of the language switch; {@code url} is the current page in that language. */
  public record LanguageLink(String code, String nativeName, String url, boolean current) {}

  /** One entry of the navigation, marked when it is the section being shown. */
  public record NavigationLink(String labelKey, String path, boolean current) {}

  private static final List<String> NATIVE_NAMES = List.of("Кыргызча", "Русский", "English");

  private final List<Navigation> navigation;

  Shell(List<Navigation> navigation) {
    this.navigation = navigation.stream().sorted(Comparator.comparingInt(Navigation::order)).toList();
  }

  public SignedInUser user() {
    return SignedInUser.current().orElse(null);
  }

  public List<NavigationLink> navigation() {
    if (user() == null) {
      return List.of();
    }
    Set<String> granted = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    String path = currentPath();
    var shown = new java.util.HashSet<String>();
    // Two modules may offer the same page to holders of different permissions (approvals): show it once.
    return navigation.stream().filter(n -> n.authority() == null || granted.contains(n.authority()))
        .filter(n -> shown.add(n.path()))
        .map(n -> new NavigationLink(n.labelKey(), n.path(),
            n.path().equals("/") ? path.equals("/") : path.startsWith(n.path())))
        .toList();
  }

  public String language() {
    return LocaleContextHolder.getLocale().getLanguage();
  }

  public List<LanguageLink> languages() {
    HttpServletRequest request = request();
    String path = currentPath();
    String query = request == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
        ? null : request.getQueryString();
    String current = language();
    return java.util.stream.IntStream.range(0, Languages.SUPPORTED.size()).mapToObj(i -> {
      Locale l = Languages.SUPPORTED.get(i);
      String url = UriComponentsBuilder.fromPath(path).query(query)
          .replaceQueryParam("lang", l.getLanguage()).build().toUriString();
      return new LanguageLink(l.getLanguage(), NATIVE_NAMES.get(i), url, l.getLanguage().equals(current));
    }).toList();
  }

  private String currentPath() {
    HttpServletRequest request = request();
    if (request == null) {
      return "/";
    }
    String path = ErrorResponses.originalPath(request).substring(request.getContextPath().length());
    return path.isEmpty() || path.length() > 2000 ? "/" : path;
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        ? attrs.getRequest() : null;
  }
}
