package dev.slogate.reports.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.PhaseKind;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The scrape endpoint and the pushed exposition, without a Prometheus (PrometheusExportTest has one). */
class LiveMetricsTest {

  @Test
  void theLoopbackEndpointServesTheLastSecond() throws Exception {
    try (LiveMetrics live = LiveMetrics.start("shop", "run-1", 0)) {
      assertEquals("127.0.0.1", live.scrapeUri().getHost());
      Histogram latencies = new Histogram(3);
      for (int i = 1; i <= 100; i++) {
        latencies.recordValue(i);
      }
      live.onSecond(1_700_000_000L, 95, 5, latencies);
      live.phase("steady", PhaseKind.STEADY);
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(live.scrapeUri()).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      String body = response.body();
      assertTrue(body.contains("slogate_requests_total{outcome=\"ko\",run_id=\"run-1\",system=\"shop\"} 5.0"), body);
      assertTrue(body.contains("slogate_latency_milliseconds{quantile=\"0.99\",run_id=\"run-1\",system=\"shop\"} 99.0"), body);
      assertTrue(body.contains("slogate_error_ratio{run_id=\"run-1\",system=\"shop\"} 0.05"), body);
      assertTrue(body.contains("slogate_phase{kind=\"steady\",phase=\"steady\",run_id=\"run-1\",system=\"shop\"} 1.0"), body);
    }
  }

  @Test
  void theExpositionHoldsVerdictsValuesAndBudgets() {
    ReportInput input = Fixtures.judged("added-latency", null, GatePolicy.DEFAULT);
    String text = EvaluationPusher.exposition(input.evaluation(), input.gate());
    assertTrue(text.contains("slogate_objective_verdict{kind=\"latency\",objective=\"p99-latency\",system=\"reference-stack\"} 3.0"), text);
    assertTrue(text.contains("slogate_objective_value{kind=\"latency\",objective=\"p99-latency\",system=\"reference-stack\",unit=\"ms\"} 139.0"), text);
    assertTrue(text.contains("slogate_error_budget_remaining{objective=\"availability\",system=\"reference-stack\"} 1.0"), text);
    assertTrue(text.contains("slogate_gate_passed{system=\"reference-stack\"} 0.0"), text);
  }
}
