package org.bagyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.bagyt.demo.DemoData;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: health probes, metrics, the API contract and its reference. */
class OperabilityTest extends IntegrationTest {

  @Test
  void livenessAndReadinessIncludingTheDatabaseAreOpenToProbes() {
    var client = client();
    var liveness = client.get("/actuator/health/liveness", "Accept", "application/json");
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.body()).contains("\"status\":\"UP\"");
    var readiness = client.get("/actuator/health/readiness", "Accept", "application/json");
    assertThat(readiness.status()).isEqualTo(200);
    var db = client.get("/actuator/health", "Accept", "application/json");
    assertThat(db.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void prometheusMetricsAreForAdministratorsOnly() {
    var admin = client();
    admin.signIn("admin", DemoData.DEMO_PASSWORD);
    var metrics = admin.get("/actuator/prometheus", "Accept", "text/plain");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    var officer = client();
    officer.signIn("officer", DemoData.DEMO_PASSWORD);
    assertThat(officer.get("/actuator/prometheus", "Accept", "text/plain").status()).isEqualTo(403);
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    var doc = client().get("/api/docs", "Accept", "application/json");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body()).contains("\"openapi\"").contains("/api/v1/me").contains("/api/v1/facilities");
  }

  @Test
  void administratorsReadTheApiReferenceInTheirLanguage() {
    var admin = client().acceptLanguage("ru");
    admin.signIn("admin", DemoData.DEMO_PASSWORD);
    var page = admin.get("/api/reference");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().selectFirst("h1").text()).isEqualTo("Справочник API");
    assertThat(page.html().select("code").eachText()).contains("/api/v1/me", "/api/v1/facilities");
    var governor = client();
    governor.signIn("governor", DemoData.DEMO_PASSWORD);
    assertThat(governor.get("/api/reference").status()).isEqualTo(403);
  }
}
