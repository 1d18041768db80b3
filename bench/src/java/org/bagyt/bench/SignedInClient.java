package org.bagyt.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One member of staff's browser, as lean as it can be: it signs in through the sign-in page once and
 * then only sends requests and counts the bytes, so the client takes as little as possible of the
 * machine's two cores from the server it measures.
 */
final class SignedInClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  SignedInClient(String base, String username, String password) {
    this.base = base;
    String page = new String(get("/login", "text/html"), StandardCharsets.UTF_8);
    var token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token on the sign-in page");
    }
    String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
    var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    String landing = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || landing.contains("error")) {
      throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " " + landing);
    }
  }

  /** The body of a GET that must answer 200. */
  byte[] get(String path, String accept) {
    var response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
    }
    return response.body();
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
