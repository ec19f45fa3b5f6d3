package dev.slogate.reports.metrics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.RequiredPrograms;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.TimeSlice;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live metrics and the pushed evaluation, end to end through a real Prometheus (scraping slogate's loopback
 * endpoint and a real Pushgateway every second), checked with Prometheus' query API. Both servers run on
 * loopback ports with temporary storage and are stopped after the test.
 */
class PrometheusExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir Path dir;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (Process process : processes) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void liveMetricsAndTheEvaluationArriveInPrometheus() throws Exception {
    Path prometheus = RequiredPrograms.require("prometheus", "prometheus");
    Path pushgateway = RequiredPrograms.require("prometheus-pushgateway", "prometheus-pushgateway", "pushgateway");
    int pushPort = freePort();
    int promPort = freePort();
    start(dir.resolve("pushgateway.log"), pushgateway.toString(), "--web.listen-address=127.0.0.1:" + pushPort);

    ReportInput run = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    long ok = 0;
    try (LiveMetrics live = LiveMetrics.start("reference-stack", "it-run", 0)) {
      live.phase("steady", PhaseKind.STEADY);
      for (TimeSlice slice : run.record().slices().values()) {
        live.onSlice(slice);
        ok += slice.overall().okCount();
      }
      live.faultInjected("pod-kill replica-1");

      Path config = dir.resolve("prometheus.yml");
      Files.writeString(config, String.join("\n",
          "global:", "  scrape_interval: 1s", "  evaluation_interval: 1s",
          "scrape_configs:",
          "  - job_name: slogate-live", "    static_configs:", "      - targets: ['127.0.0.1:" + live.scrapeUri().getPort() + "']",
          "  - job_name: pushgateway", "    honor_labels: true", "    static_configs:", "      - targets: ['127.0.0.1:" + pushPort + "']",
          ""));
      start(dir.resolve("prometheus.log"), prometheus.toString(), "--config.file=" + config,
          "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + promPort);
      waitUntilUp(URI.create("http://127.0.0.1:" + pushPort + "/-/ready"));

      EvaluationPusher.push(run.evaluation(), run.gate(), URI.create("http://127.0.0.1:" + pushPort));

      URI api = URI.create("http://127.0.0.1:" + promPort);
      assertEquals(ok, value(api, "slogate_requests_total{job=\"slogate-live\",outcome=\"ok\",run_id=\"it-run\"}"), 0.0);
      assertEquals(1, value(api, "slogate_phase{phase=\"steady\",kind=\"steady\"}"), 0.0);
      assertEquals(1, value(api, "slogate_chaos_fault_active{fault=\"pod-kill replica-1\"}"), 0.0);
      assertTrue(value(api, "slogate_latency_milliseconds{quantile=\"0.99\",job=\"slogate-live\"}") > 100, "the last second's p99");
    }
    URI api = URI.create("http://127.0.0.1:" + promPort);
    assertEquals(3, value(api, "slogate_objective_verdict{job=\"slogate\",system=\"reference-stack\",objective=\"p95-latency\"}"), 0.0,
        "FAIL is 3");
    assertEquals(0, value(api, "slogate_objective_verdict{objective=\"availability\"}"), 0.0, "PASS is 0");
    assertEquals(131, value(api, "slogate_objective_value{objective=\"p95-latency\",unit=\"ms\"}"), 0.0);
    assertEquals(50, value(api, "slogate_objective_target{objective=\"p95-latency\"}"), 0.0);
    assertEquals(1, value(api, "slogate_error_budget_remaining{objective=\"availability\"}"), 0.0);
    assertEquals(0, value(api, "slogate_gate_passed{system=\"reference-stack\"}"), 0.0);
    assertEquals(3, value(api, "slogate_run_verdict{system=\"reference-stack\"}"), 0.0);
    assertEquals(1, value(api, "slogate_run_info{run_id=\"steadyload-20261124-072007-784\"}"), 0.0);
  }

  private void start(Path log, String... command) throws IOException {
    processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
  }

  /** The query's single value, polling for up to 60 s while Prometheus starts and scrapes. */
  private static double value(URI api, String query) {
    URI uri = api.resolve("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    AtomicReference<String> last = new AtomicReference<>("");
    try {
      return await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
          .until(() -> {
            try {
              HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.ofString());
              last.set(response.body());
              JsonNode result = JSON.readTree(response.body()).path("data").path("result");
              return result.size() == 1 ? OptionalDouble.of(result.get(0).get("value").get(1).asDouble()) : OptionalDouble.empty();
            } catch (IOException e) {
              last.set(e.toString());
              return OptionalDouble.empty();
            }
          }, OptionalDouble::isPresent).getAsDouble();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Prometheus never answered " + query + " with one series; last answer: " + last.get());
    }
  }

  private static void waitUntilUp(URI ready) {
    await(ready + " to come up").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(200)).ignoreExceptionsInstanceOf(IOException.class)
        .until(() -> HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
