package org.bagyt.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.bagyt.platform.Navigation;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API reference for administrators, rendered from the same OpenAPI document partners download at
 * {@code /api/docs}, inside Bagyt's own pages (translated, and within the strict Content-Security-Policy).
 */
@Controller
@Hidden
class ApiReferenceController {

  record Operation(String tag, String method, String path, String summary, List<String> responses) {}

  private final OpenApiWebMvcResource openApi;
  private final JsonMapper json;

  ApiReferenceController(OpenApiWebMvcResource openApi, JsonMapper json) {
    this.openApi = openApi;
    this.json = json;
  }

  @Bean
  static Navigation apiReferenceNavigation() {
    return new Navigation(100, "nav.api-reference", "/api/reference", "api.reference");
  }

  @GetMapping("/api/reference")
  String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
    JsonNode document = json.readTree(openApi.openapiJson(request, "/api/docs", locale));
    var operations = new ArrayList<Operation>();
    for (var path : document.path("paths").properties()) {
      for (var op : path.getValue().properties()) {
        JsonNode o = op.getValue();
        var responses = new ArrayList<String>();
        o.path("responses").properties().forEach(r -> responses.add(r.getKey()));
        operations.add(new Operation(o.path("tags").path(0).asString(""), op.getKey().toUpperCase(Locale.ROOT),
            path.getKey(), o.path("summary").asString(""), responses));
      }
    }
    operations.sort(Comparator.comparing(Operation::tag).thenComparing(Operation::path).thenComparing(Operation::method));
    model.addAttribute("operations", operations);
    model.addAttribute("version", document.path("openapi").asString(""));
    return "platform/api-reference";
  }
}
