package org.bagyt.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Printable documents in the reader's language, rendered from the same Thymeleaf templates and messages as
 * the pages, with a Cyrillic font embedded (DejaVu Sans, shipped in {@code fonts/}) so that Kyrgyz letters
 * such as ң, ө and ү print on any machine. Styles come from {@code pdf/print.css}.
 */
@Service
public class PdfDocuments {

  private static final String FONT = "DejaVu Sans";

  private final TemplateEngine templates;
  private final ApplicationContext application;

  PdfDocuments(TemplateEngine templates, ApplicationContext application) {
    this.templates = templates;
    this.application = application;
  }

  /** Renders a template (a whole HTML document linking {@code print.css}) to PDF within the current request. */
  public byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
      HttpServletResponse response) {
    var web = JakartaServletWebApplication.buildApplication(request.getServletContext());
    var context = new WebContext(web.buildExchange(request, response), locale, model);
    context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(application, null));
    String html = templates.process(template, context);
    var base = PdfDocuments.class.getResource("/pdf/print.css");
    var document = W3CDom.convert(Jsoup.parse(html, base.toExternalForm()));
    try (var out = new ByteArrayOutputStream()) {
      var pdf = new PdfRendererBuilder();
      pdf.useFastMode();
      pdf.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      pdf.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      pdf.withW3cDocument(document, base.toExternalForm());
      pdf.toStream(out);
      pdf.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
