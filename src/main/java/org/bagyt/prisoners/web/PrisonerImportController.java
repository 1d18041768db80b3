package org.bagyt.prisoners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.prisoners.imports.ColumnMapping;
import org.bagyt.prisoners.imports.ImportColumn;
import org.bagyt.prisoners.imports.ImportStatus;
import org.bagyt.prisoners.imports.PrisonerImports;
import org.bagyt.prisoners.imports.TextEncoding;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a register, step by step: upload, encoding and columns, dry run with every bad row, then the
 * import in the background with its progress.
 */
@Controller
class PrisonerImportController {

  private static final String BASE = "/imports/prisoners";

  private final PrisonerImports imports;
  private final ImportTexts texts;

  PrisonerImportController(PrisonerImports imports, ImportTexts texts) {
    this.imports = imports;
    this.texts = texts;
  }

  @Bean
  static Navigation prisonerImportsNavigation() {
    return new Navigation(15, "nav.imports", BASE, PrisonerImports.PERMISSION);
  }

  @GetMapping(BASE)
  String uploadForm(Model model) {
    model.addAttribute("encodings", TextEncoding.values());
    model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
    model.addAttribute("maxRows", imports.maxRows());
    return "prisoners/import/upload";
  }

  @PostMapping(BASE)
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String encoding,
      Model model, HttpServletResponse response) throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw BagytException.invalid("import-empty", "import.error.no-file");
      }
      UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), encoding);
      return "redirect:" + BASE + "/" + id + "/columns";
    } catch (BagytException refused) {
      return refuse(refused, "file", uploadForm(model), model, response);
    }
  }

  @GetMapping(BASE + "/{id}/columns")
  String columns(@PathVariable UUID id, Model model) {
    var preview = imports.preview(id);
    model.addAttribute("upload", preview.upload());
    model.addAttribute("header", preview.rows().get(0));
    model.addAttribute("rows", preview.rows().subList(1, preview.rows().size()));
    model.addAttribute("fields", ImportColumn.values());
    model.addAttribute("encodings", TextEncoding.values());
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", chosen(preview.upload().mapping()));
    }
    return "prisoners/import/columns";
  }

  @PostMapping(BASE + "/{id}/encoding")
  String encoding(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String encoding,
      Model model, HttpServletResponse response) {
    try {
      imports.chooseEncoding(id, version, encoding);
      return "redirect:" + BASE + "/" + id + "/columns";
    } catch (BagytException refused) {
      if (refused.status().value() == 404) {
        throw refused;
      }
      return refuse(refused, "encoding", columns(id, model), model, response);
    }
  }

  @PostMapping(BASE + "/{id}/check")
  String check(@PathVariable UUID id, @RequestParam int version, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response) {
    var mapping = mapping(form);
    try {
      var problems = imports.dryRun(id, version, mapping);
      if (problems.isEmpty()) {
        return "redirect:" + BASE + "/" + id;
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      var errors = new LinkedHashMap<String, String>();
      problems.forEach((field, key) -> errors.put(field, texts.message(key, List.of())));
      model.addAttribute("errors", errors);
      model.addAttribute("chosen", chosen(mapping));
      return columns(id, model);
    } catch (BagytException refused) {
      if (refused.status().value() == 404 || refused.status().value() == 409) {
        throw refused;
      }
      model.addAttribute("chosen", chosen(mapping));
      return refuse(refused, "check", columns(id, model), model, response);
    }
  }

  @GetMapping(BASE + "/{id}")
  String report(@PathVariable UUID id, Model model) {
    var upload = imports.find(id);
    if (upload.status() == ImportStatus.UPLOADED) {
      return "redirect:" + BASE + "/" + id + "/columns";
    }
    model.addAttribute("upload", upload);
    model.addAttribute("problems", upload.status() == ImportStatus.CHECKED || upload.status() == ImportStatus.FAILED
        ? imports.problems(id) : List.of());
    return "prisoners/import/report";
  }

  @PostMapping(BASE + "/{id}/start")
  String start(@PathVariable UUID id, @RequestParam int version) {
    imports.start(id, version);
    return "redirect:" + BASE + "/" + id;
  }

  /** The progress panel alone, polled by htmx while the import runs; it stops polling once the import ends. */
  @GetMapping(BASE + "/{id}/progress")
  String progress(@PathVariable UUID id, Model model) {
    model.addAttribute("upload", imports.find(id));
    return "prisoners/import/report :: progress";
  }

  private String refuse(BagytException refused, String field, String view, Model model, HttpServletResponse response) {
    response.setStatus(refused.status().value());
    var errors = new LinkedHashMap<String, String>();
    errors.put(field, texts.message(refused.messageKey(), refused.arguments()));
    model.addAttribute("errors", errors);
    return view;
  }

  /** The form's choice per field: "column-FAMILY_NAME" = column number, or empty for none. */
  private static ColumnMapping mapping(Map<String, String> form) {
    var columns = new EnumMap<ImportColumn, Integer>(ImportColumn.class);
    for (ImportColumn field : ImportColumn.values()) {
      String value = form.get("column-" + field.name());
      if (value != null && value.matches("\\d{1,4}")) {
        columns.put(field, Integer.parseInt(value));
      }
    }
    return new ColumnMapping(columns);
  }

  private static Map<String, Integer> chosen(ColumnMapping mapping) {
    var chosen = new LinkedHashMap<String, Integer>();
    mapping.columns().forEach((field, column) -> chosen.put(field.name(), column));
    return chosen;
  }
}
