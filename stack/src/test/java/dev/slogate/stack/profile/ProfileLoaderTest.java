package dev.slogate.stack.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.StackConfigException.Reason;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.WebSocketSpec;
import dev.slogate.stack.WorkQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

  static final String FULL = String.join("\n",
      "name: shop",
      "replicas: 2",
      "roles: [leader]",
      "healthCheck: { interval: 100ms, timeout: 50ms, fall: 3, rise: 4 }",
      "routes:",
      "  - method: get",
      "    path: /a/{id}",
      "    latency: { fixed: 1ms }",
      "  - method: POST",
      "    path: /b",
      "    latency: { uniform: { min: 1ms, max: 3ms } }",
      "    errors: { ratio: 0.25, status: 503 }",
      "    responseBytes: 100",
      "  - method: GET",
      "    path: /c",
      "    latency: { normal: { mean: 4ms, stddev: 500us } }",
      "  - method: GET",
      "    path: /d",
      "    latency: { lognormal: { median: 2ms, p99: 8ms } }",
      "  - method: GET",
      "    path: /e",
      "    latency:",
      "      empirical:",
      "        weighted: [ { value: 1ms, weight: 9 }, { value: 100ms, weight: 1 } ]",
      "  - method: GET",
      "    path: /f",
      "    latency:",
      "      empirical:",
      "        percentiles: { p0: 1ms, p50: 2ms, p99.9: 20ms, p100: 50ms }",
      "");

  @Test
  void readsEveryFieldAndDistribution() {
    StackProfile p = StackProfile.parse(FULL, "shop.yaml");
    assertEquals("shop", p.name());
    assertEquals(2, p.replicas());
    assertEquals("leader", p.roleOf(0));
    assertEquals(StackProfile.DEFAULT_ROLE, p.roleOf(1));
    assertEquals(new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(50), 3, 4), p.healthCheck());
    List<RouteSpec> r = p.routes();
    assertEquals(6, r.size());
    assertEquals(new RouteSpec("GET", "/a/{id}", new LatencyDistribution.Fixed(Duration.ofMillis(1)), 0.0, 500, 0), r.get(0));
    assertEquals(new RouteSpec("POST", "/b",
        new LatencyDistribution.Uniform(Duration.ofMillis(1), Duration.ofMillis(3)), 0.25, 503, 100), r.get(1));
    assertEquals(new LatencyDistribution.Normal(Duration.ofMillis(4), Duration.ofNanos(500_000)), r.get(2).latency());
    assertEquals(new LatencyDistribution.LogNormal(Duration.ofMillis(2), Duration.ofMillis(8)), r.get(3).latency());
    assertEquals(new LatencyDistribution.Weighted(List.of(
        new LatencyDistribution.WeightedValue(Duration.ofMillis(1), 9),
        new LatencyDistribution.WeightedValue(Duration.ofMillis(100), 1))), r.get(4).latency());
    assertEquals(new LatencyDistribution.Percentiles(List.of(
        new LatencyDistribution.PercentilePoint(0, Duration.ofMillis(1)),
        new LatencyDistribution.PercentilePoint(50, Duration.ofMillis(2)),
        new LatencyDistribution.PercentilePoint(99.9, Duration.ofMillis(20)),
        new LatencyDistribution.PercentilePoint(100, Duration.ofMillis(50)))), r.get(5).latency());
    assertEquals("GET /a/{id}", r.get(0).key());
  }

  @Test
  void fillsHaproxyDefaultsWhenHealthCheckIsAbsent() {
    StackProfile p = StackProfile.parse("name: x\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\n", "x");
    assertEquals(3, p.replicas());
    assertEquals(HealthCheck.HAPROXY_DEFAULTS, p.healthCheck());
    StackProfile partial = StackProfile.parse(
        "name: x\nhealthCheck: { interval: 500ms }\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\n", "x");
    assertEquals(new HealthCheck(Duration.ofMillis(500), Duration.ofMillis(500), 3, 2), partial.healthCheck());
  }

  @Test
  void defaultProfileIsOnTheClasspathHealthyAndFast() {
    StackProfile p = StackProfile.load("default");
    assertEquals("default", p.name());
    assertEquals(3, p.replicas());
    assertTrue(p.routes().stream().allMatch(r -> r.errorRatio() == 0.0));
    assertEquals(List.of("GET /api/items", "POST /api/orders", "GET /api/fast"),
        p.routes().stream().map(RouteSpec::key).toList());
    assertEquals(new LatencyDistribution.Fixed(Duration.ZERO), p.routes().get(2).latency());
    assertTrue(p.healthCheck().worstCaseDetection().compareTo(Duration.ofSeconds(1)) < 0);
  }

  @Test
  void loadsFilesByPathAndReportsTheirName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, FULL);
    assertEquals("shop", StackProfile.load(file.toString()).name());
    Files.writeString(file, FULL.replace("fixed: 1ms", "fixed: 1 millisecond"));
    StackConfigException e = assertThrows(StackConfigException.class, () -> StackProfile.load(file.toString()));
    assertEquals(file + ":8:16: routes[0].latency.fixed: invalid duration '1 millisecond': "
        + "expected a number and a unit (ns, us, ms, s, m or h), e.g. 5ms", e.getMessage());
  }

  @Test
  void missingProfilesAreNotFound(@TempDir Path dir) {
    StackConfigException file = assertThrows(StackConfigException.class,
        () -> StackProfile.load(dir.resolve("absent.yaml").toString()));
    assertEquals(Reason.NOT_FOUND, file.reason());
    assertEquals("profile file not found: " + dir.resolve("absent.yaml"), file.getMessage());
    StackConfigException name = assertThrows(StackConfigException.class, () -> StackProfile.load("nosuch"));
    assertEquals(Reason.NOT_FOUND, name.reason());
    assertEquals("profile 'nosuch' not found: no built-in profile of that name and no such file", name.getMessage());
  }

  static final String FEATURES = String.join("\n",
      "name: queue",
      "healthCheck: { path: /health }",
      "routes:",
      "  - { method: post, path: /api/steps, latency: { fixed: 1ms } }",
      "  - { method: GET, path: /v1/things, latency: { fixed: 1ms }, auth: jwt }",
      "websockets:",
      "  - { path: /ws, push: 250ms }",
      "  - { path: /echo }",
      "leaderElection: { heartbeat: 100ms, deadAfter: 600ms }",
      "workQueue:",
      "  submit: post   /api/steps",
      "  claimEvery: 50ms",
      "  recoverEvery: 1s",
      "  stepDuration: { uniform: { min: 1s, max: 2s } }",
      "");

  @Test
  void readsAuthWebSocketsLeaderElectionAndWorkQueue() {
    StackProfile p = StackProfile.parse(FEATURES, "queue.yaml");
    assertEquals("/health", p.healthCheck().path());
    assertEquals(RouteSpec.Auth.NONE, p.routes().get(0).auth());
    assertEquals(RouteSpec.Auth.JWT, p.routes().get(1).auth());
    assertEquals(List.of(new WebSocketSpec("/ws", Duration.ofMillis(250)), WebSocketSpec.echo("/echo")), p.websockets());
    assertEquals(new LeaderElection(Duration.ofMillis(100), Duration.ofMillis(600)), p.leaderElection());
    assertEquals(new WorkQueue("POST /api/steps", Duration.ofMillis(50), Duration.ofSeconds(1),
        new LatencyDistribution.Uniform(Duration.ofSeconds(1), Duration.ofSeconds(2)), 20, 0.8), p.workQueue());
    assertEquals(16, p.workQueue().claimLimit(), "20 x 0.8, the documented FLEET-Q capacity");
    assertTrue(p.electsLeader());
    assertFalse(StackProfile.parse(FULL, "shop.yaml").electsLeader());
    assertEquals(List.of(), StackProfile.parse(FULL, "shop.yaml").websockets());
  }

  @Test
  void roundTripsExactlyThroughTheDocumentForm() throws Exception {
    for (String yaml : List.of(FULL, FEATURES)) {
      StackProfile p = StackProfile.parse(yaml, "p.yaml");
      ProfileDocument doc = ProfileLoader.toDocument(p);
      String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doc);
      ProfileDocument back = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, ProfileDocument.class);
      assertEquals(p, ProfileLoader.fromDocument(back));
      assertFalse(json.contains("null"));
    }
  }

  @Test
  void aProfileThatIsNotUtf8TextOrTooLargeIsOneLine(@TempDir Path dir) throws IOException {
    Path utf16 = Files.write(dir.resolve("p.yaml"), "name: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
    StackConfigException e = assertThrows(StackConfigException.class, () -> ProfileLoader.fromFile(utf16));
    assertEquals(Reason.INVALID_PROFILE, e.reason());
    assertEquals("cannot read profile file " + utf16 + ": UTF-16 text, not UTF-8: save the file as UTF-8", e.getMessage());

    Path huge = Files.writeString(dir.resolve("huge.yaml"), "name: \"" + "a".repeat(1024 * 1024) + "\"\n");
    StackConfigException tooLarge = assertThrows(StackConfigException.class, () -> ProfileLoader.fromFile(huge));
    assertEquals("cannot read profile file " + huge + ": too large: 1,048,585 bytes (an input file is at most 1 MiB)",
        tooLarge.getMessage());
  }
}
