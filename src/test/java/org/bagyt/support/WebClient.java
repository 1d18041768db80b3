package org.bagyt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A client that behaves like one browser: it keeps cookies and sends the CSRF token of the last page. */
public class WebClient {

  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public Document html() {
      return Jsoup.parse(body);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String base;
  private final HttpClient http;
  private String csrf;
  private String acceptLanguage;

  public WebClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public WebClient acceptLanguage(String value) {
    this.acceptLanguage = value;
    return this;
  }

  /** A GET as a browser sends it, asking for HTML unless the headers say otherwise. */
  public Response get(String path, String... headers) {
    var builder = request(path, headers);
    if (!java.util.Arrays.asList(headers).contains("Accept")) {
      builder.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }
    return send(builder.GET());
  }

  /** A file as a browser downloads it: status, headers and the bytes as sent. */
  public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Download download(String path) {
    try {
      var r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Follows redirects like a browser does after a form post. */
  public Response follow(Response response) {
    Response r = response;
    for (int i = 0; i < 5 && r.status() / 100 == 3; i++) {
      String location = r.header("Location");
      r = get(location.startsWith("http") ? URI.create(location).getRawPath()
          + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }
    return r;
  }

  public Response postForm(String path, Map<String, String> fields) {
    var form = new LinkedHashMap<>(fields);
    if (csrf != null) {
      form.putIfAbsent("_csrf", csrf);
    }
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(request(path, "Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends a request with any method, body and content type, with the CSRF header of the last page. */
  public Response send(String method, String path, String body, String contentType, String... headers) {
    var builder = request(path, headers);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (csrf != null && !java.util.Arrays.asList(headers).contains("X-CSRF-TOKEN")) {
      builder.header("X-CSRF-TOKEN", csrf);
    }
    return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends a body of bytes (a file for an API), with the CSRF header of the last page. */
  public Response sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
    var builder = request(path, headers).header("Content-Type", contentType);
    if (csrf != null) {
      builder.header("X-CSRF-TOKEN", csrf);
    }
    return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Posts a form with one file, as a browser's file upload does (multipart/form-data, CSRF token included). */
  public Response postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    return postFile(path, fields, fileField, fileName, "application/octet-stream", content);
  }

  /** Posts a form with fields and one file (multipart/form-data), with the CSRF token of the last page as a field. */
  public Response postFile(String path, Map<String, String> fields, String fileField, String fileName,
      String contentType, byte[] content) {
    String boundary = "----bagyt" + System.nanoTime();
    var out = new java.io.ByteArrayOutputStream();
    var form = new LinkedHashMap<>(fields);
    if (csrf != null) {
      form.putIfAbsent("_csrf", csrf);
    }
    form.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, "Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }

  /** Signs in through the sign-in page and returns the page the person lands on. */
  public Response signIn(String username, String password) {
    get("/login");
    return follow(postForm("/login", Map.of("username", username, "password", password)));
  }

  public String csrf() {
    return csrf;
  }

  private HttpRequest.Builder request(String path, String... headers) {
    var builder = HttpRequest.newBuilder(URI.create(base + path));
    if (acceptLanguage != null) {
      builder.header("Accept-Language", acceptLanguage);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      var r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      var response = new Response(r.statusCode(), r.body(), r.headers());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("text/html")) {
        var token = response.html().selectFirst("meta[name=_csrf], input[name=_csrf]");
        if (token != null) {
          csrf = token.hasAttr("content") ? token.attr("content") : token.attr("value");
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts one file under a field name, with its content type, as a browser's file upload does. */
  public Response postFile(String path, String field, String filename, String contentType, byte[] content) {
    return postFile(path, Map.of(), field, filename, contentType, content);
  }


  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
