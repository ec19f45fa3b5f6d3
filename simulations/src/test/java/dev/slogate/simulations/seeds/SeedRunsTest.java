package dev.slogate.simulations.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.simulations.GatlingProcess;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short real Gatling run per seed simulation against its own stand-in (no target, no profile named):
 * the run passes its gate, sends every request it is documented to send under the exact request names, and
 * writes the scale factor into the plan.
 */
public class SeedRunsTest {

  @Test
  void seiRunsItsApiMixScaledDown(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = shortRun(SeiLoad.class, dir, Map.of("slogate.scale", "200"));
    RunPlan plan = assertPassed(run, "sei-platform", 200.0);
    assertEquals(52.5, plan.phase("steady").orElseThrow().startRate(), 1e-9, "10,000 req/s / 200, planned 5% above");
    assertTrue(run.output().contains("slogate: sei-platform: documented throughput 10,000 req/s / 200 = 50.0 req/s, "
        + "planned at 52.5 req/s (5% above)"), run::describe);
    assertTrue(run.output().contains("SCALED RUN: the documented workload divided by 200"), run::describe);
    assertRequests(run, Set.of("GET /api/v1/projects", "GET /api/v1/projects/{id}", "GET /api/v1/projects/{id}/metrics",
        "POST /api/v1/events", "GET /", "GET /static/{asset}"));
  }

  @Test
  void kgasSpikesTenfoldThenHoldsConcurrentUsers(@TempDir Path dir) throws Exception {
    // A base of 1,000 req/s before scaling (10/s after): at 2/s a 3 s spike holds too few arrivals to check.
    GatlingProcess.Result run = shortRun(KgasLoad.class, dir,
        Map.of("slogate.scale", "100", "slogate.kgas.thinkTime", "1s", "slogate.kgas.baseRate", "1000"));
    RunPlan plan = assertPassed(run, "kgas", 100.0);
    assertEquals(List.of("warm-up", "base", "spike-ramp", "spike", "recovery", "concurrency"),
        plan.phases().stream().map(Phase::name).toList());
    Phase spike = plan.phase("spike").orElseThrow();
    assertEquals(PhaseKind.STEADY, spike.kind());
    assertEquals(110.0, spike.startRate(), 1e-9, "base 1,000 req/s x 10, / 100, planned 10% above");
    assertEquals(3_000, plan.phase("spike-ramp").orElseThrow().durationMillis(), "5 min / 100");
    assertEquals(PhaseKind.WARM_UP, plan.phase("spike-ramp").orElseThrow().kind(), "judged only when named");
    assertEquals(6_000, spike.durationMillis(), "10 min / 100");
    Phase concurrency = plan.phase("concurrency").orElseThrow();
    assertEquals(0.0, concurrency.startRate(), "a closed model plans no arrival rate");
    assertEquals(new Phase.Users(100, 100), concurrency.users(), "but records the users it holds");
    com.fasterxml.jackson.databind.JsonNode held = phase(run, "concurrency");
    assertEquals("VALID", held.get("load").asText(), held::toString);
    assertTrue(held.get("reason").asText().startsWith("the injector held the planned users in concurrency"), held::toString);
    assertEquals(plan.phase("recovery").orElseThrow().endOffsetMillis(), concurrency.startOffsetMillis());
    assertTrue(run.output().contains("closed model: up to 100 concurrent users"), run::describe);
    RunRecord record = assertRequests(run, Set.of("POST /api/extract"));
    // 100 users thinking 1 s on average send ~100 req/s for 3 s (~250 requests once they have spread out),
    // none of which the open-model plan accounts for.
    double openPlanned = plan.phases().stream().filter(p -> p != concurrency).mapToDouble(Phase::plannedArrivals).sum();
    long closedRequests = record.whole().overall().count() - Math.round(openPlanned);
    assertTrue(closedRequests > 150, "closed-model requests: " + closedRequests);
  }

  @Test
  void kecsSendsItsApiWithABearerTokenAndProbesHealth(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = shortRun(KecsLoad.class, dir, Map.of());
    RunPlan plan = assertPassed(run, "kecs", 10.0);
    assertEquals(100.0, plan.phase("steady").orElseThrow().startRate(), 1e-9, "the assumed 1,000 req/s / 10");
    assertTrue(run.output().contains("/v1/ token from a generated unsigned token"), run::describe);
    assertFalse(run.output().contains("eyJ"), "no token on the console");
    assertTrue(run.output().contains("SCALED RUN: the documented workload divided by 10"), run::describe);
    RunRecord record = assertRequests(run, Set.of("GET /v1/clusters", "GET /v1/clusters/{cluster}",
        "GET /v1/clusters/{cluster}/services", "GET /v1/clusters/{cluster}/tasks", "POST /v1/clusters/{cluster}/tasks",
        "GET /health", "GET /health/ready"));
    assertEquals(0, record.whole().overall().koCount(), "the stand-in accepted every token (no 401)");
  }

  @Test
  void fleetQSubmitsStepsAndPollsLeaderAndQueue(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = shortRun(FleetQLoad.class, dir, Map.of());
    assertPassed(run, "fleet-q", 1.0);
    assertRequests(run, Set.of("POST /api/steps", "GET /admin/queue", "GET /admin/leader", "GET /health"));
  }

  @Test
  void reconciliationDrivesItsApiAndWebSocketSessions(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = shortRun(ReconciliationLoad.class, dir, Map.of("slogate.reconciliation.wsRate", "4"));
    RunPlan plan = assertPassed(run, "reconciliation-platform", 1.0);
    assertEquals(54.0, plan.phase("steady").orElseThrow().startRate(), "50 API users/s + 4 WebSocket users/s");
    RunRecord record = assertRequests(run, Set.of("GET /api/reconciliations", "GET /api/reconciliations/{id}",
        "GET /api/reconciliations/{id}/matches", "POST /api/reconciliations", "GET /ws", "WS /ws hello",
        "WS /ws echo", "WS /ws push", "WS /ws close"));
    assertEquals(0, record.whole().overall().koCount(), "every socket got its greeting, echo and push");
  }

  /** 1 s warm-up, 4 s steady, 1 s cool-down; the SLO is the loose test file, not the catalog. */
  private static GatlingProcess.Result shortRun(Class<?> simulation, Path dir, Map<String, String> extra) throws Exception {
    GatlingProcess run = GatlingProcess.of(simulation)
        .property("slogate.warmup", "1s")
        .property("slogate.duration", "4s")
        .property("slogate.cooldown", "1s")
        .property("slogate.slo", testSlo().toString());
    extra.forEach(run::property);
    return run.run(dir);
  }

  private static RunPlan assertPassed(GatlingProcess.Result run, String system, double scale) {
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate PASSED (verdict PASS)"), run::describe);
    assertTrue(run.output().contains("embedded reference stack '" + system + "' up at"), run::describe);
    RunPlan plan = run.plan();
    assertEquals(scale, plan.scaleFactor());
    assertEquals(system, plan.properties().get("slogate.stack.profile"), "the system's stand-in, recorded in the plan");
    return plan;
  }

  /** The phase's load check in the run's verdict.json. */
  private static com.fasterxml.jackson.databind.JsonNode phase(GatlingProcess.Result run, String name) throws java.io.IOException {
    com.fasterxml.jackson.databind.JsonNode verdict = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(run.outputRoot().resolve("latest").resolve("verdict.json").toFile());
    for (com.fasterxml.jackson.databind.JsonNode phase : verdict.get("phases")) {
      if (phase.get("name").asText().equals(name)) {
        return phase;
      }
    }
    throw new AssertionError("no phase " + name + " in " + verdict.get("phases"));
  }

  private static RunRecord assertRequests(GatlingProcess.Result run, Set<String> expected) {
    RunRecord record = run.record();
    assertTrue(record.metadata().complete());
    assertEquals(new TreeSet<>(expected), new TreeSet<>(record.whole().requests().keySet()));
    return record;
  }

  /** Loose objectives a healthy stand-in meets with a few hundred requests; also for other modules' short runs. */
  public static Path testSlo() throws URISyntaxException {
    return Path.of(SeedRunsTest.class.getResource("seed-run-test.yaml").toURI());
  }
}
