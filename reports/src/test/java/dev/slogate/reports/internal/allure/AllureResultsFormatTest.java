package dev.slogate.reports.internal.allure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.gate.GatePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureResultsFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void oneResultPerObjectiveWithStatusesAndAttachments() throws Exception {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Path results = new AllureResultsFormat().writeOut(input, dir);
    // Rendering twice leaves one run's results, not two.
    new AllureResultsFormat().writeOut(input, dir);
    Map<String, String> statuses = new TreeMap<>();
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
        JsonNode result = JSON.readTree(file.toFile());
        all.add(result);
        statuses.put(result.get("name").asText(), result.get("status").asText());
      }
    }
    assertEquals(Map.of("p50-latency", "failed", "p95-latency", "failed", "p99-latency", "failed",
        "p50-latency-vs-baseline", "failed", "p95-latency-vs-baseline", "failed", "p99-latency-vs-baseline", "failed",
        "availability", "passed", "throughput", "passed", "data-durability", "skipped", "gate", "failed"), statuses);
    JsonNode gate = all.stream().filter(r -> r.get("name").asText().equals("gate")).findFirst().orElseThrow();
    List<String> attachments = new ArrayList<>();
    for (JsonNode attachment : gate.get("attachments")) {
      attachments.add(attachment.get("name").asText() + " " + attachment.get("type").asText());
      Path file = results.resolve(attachment.get("source").asText());
      assertTrue(Files.size(file) > 500, file + " holds the attachment");
      if (attachment.get("type").asText().equals("image/svg+xml")) {
        assertTrue(Files.readString(file).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), "a standalone SVG document");
      }
    }
    assertEquals(List.of("verdict.json application/json", "latency-over-time.svg image/svg+xml",
        "throughput-over-time.svg image/svg+xml", "latency-distribution.svg image/svg+xml"), attachments);
    JsonNode p95 = all.stream().filter(r -> r.get("name").asText().equals("p95-latency")).findFirst().orElseThrow();
    assertTrue(p95.get("statusDetails").get("message").asText().startsWith("FAIL: p95 of all requests in steady was 131 ms"));
    assertEquals("reference-stack.p95-latency", p95.get("fullName").asText());
    String environment = Files.readString(results.resolve("environment.properties"));
    assertTrue(environment.contains("verdict=FAIL") && environment.contains("target=http\\://127.0.0.1\\:44293"), environment);
  }
}
