package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.spec.NotVerifiableObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness run of every seed system, both ways, as {@code ./mvnw verify -Preadiness -Dslogate.system=<name>}
 * runs it: a real Gatling JVM drives the system's documented workload and then its catalog's experiments at its
 * stand-in. Against the healthy stand-in every judged objective of the catalog PASSes and the sign-off bundle
 * is written; against a stand-in degraded the way that fits the system (added latency, errors, a slow
 * failover), the run FAILs and names the objective that caught it.
 *
 * <p>The runs take one to two minutes each and use little CPU (at most ~210 requests/s), so each system's
 * healthy and degraded runs go side by side.
 */
class ReadinessRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STAGGER = Duration.ofSeconds(15);
  private static final List<String> BUNDLE = List.of("report.html", "verdict.json", "junit.xml", "summary.md",
      "allure-results", "evidence.json", "plan.json", "run-record.json.gz", "slo.yaml", "chaos-timeline.json");

  @Test
  void kecsPassesWithOneOfThreeReplicasKilledAndFailsReplicaFailoverWithSlowHealthChecks(@TempDir Path dir)
      throws Exception {
    // Degraded: a balancer that checks every second and needs five misses keeps a dead replica for ~5 s; the
    // guide's 18 s, run 10x faster by the stand-in, allows 1.8 s.
    Path slowChecks = degradedProfile(dir, "kecs", Map.of("interval: 200ms ", "interval: 1s ",
        "timeout: 200ms", "timeout: 1s", "fall: 3", "fall: 5"));
    BothWays run = bothWays("kecs", dir, Map.of("slogate.stack.profile", slowChecks.toString()));

    Passed healthy = assertPasses("kecs", run.healthy());
    assertEquals(10, healthy.plan().scaleFactor(), "KECS's assumed 1,000 req/s / 10");
    assertEquals(10, healthy.plan().targetTimeScale(), "the kecs stand-in runs HAProxy's timings 10x faster");
    assertTrue(onlyFault(healthy.timeline(), "kecs-kill-one-replica").failoverMillis() <= 1_800, healthy.timeline().toString());
    assertTrue(healthy.output().contains("replica-failover max 18 s → 1.8 s"), "the scaled maximum is said");

    JsonNode failed = assertFails(run.degraded(), "replica-failover");
    assertTrue(reason(failed, "replica-failover").contains("above the 1.8 s maximum"), reason(failed, "replica-failover"));
  }

  @Test
  void seiPassesThroughARollingRestartAndFailsItsMedianWithAddedLatency(@TempDir Path dir) throws Exception {
    BothWays run = bothWays("sei-platform", dir, Map.of("slogate.stack.addLatency", "120ms"));

    Passed healthy = assertPasses("sei-platform", run.healthy());
    assertEquals(50, healthy.plan().scaleFactor());
    assertEquals(210, healthy.plan().phase("steady").orElseThrow().startRate(), 1e-9, "10,000 / 50, planned 5% above");
    assertTrue(healthy.output().contains("SCALED RUN: the documented workload divided by 50"), "the scale is printed");
    assertEquals(0, onlyFault(healthy.timeline(), "sei-rolling-restart").gatlingKoInWindow(), "zero downtime");

    JsonNode failed = assertFails(run.degraded(), "api-p50");
    assertTrue(reason(failed, "api-p50").contains("above the 100 ms target"), reason(failed, "api-p50"));
  }

  @Test
  void kgasPassesThroughSpikeConcurrencyAndARollingRestartAndFailsItsErrorRateWithErrors(@TempDir Path dir)
      throws Exception {
    BothWays run = bothWays("kgas", dir, Map.of("slogate.stack.errorRatio", "0.01"));

    Passed healthy = assertPasses("kgas", run.healthy());
    assertEquals(List.of("warm-up", "base", "spike-ramp", "spike", "recovery", "concurrency", "pre-fault", "fault",
        "post-fault", "final-cool-down"), healthy.plan().phases().stream().map(Phase::name).toList());
    assertEquals(20, healthy.plan().scaleFactor());
    onlyFault(healthy.timeline(), "kgas-rolling-restart");

    JsonNode failed = assertFails(run.degraded(), "extract-error-rate");
    assertEquals("FAIL", objective(failed, "zero-downtime-deployment").path("verdict").asText(),
        "the same errors during the rolling restart");
  }

  @Test
  void fleetQPassesWithANewLeaderAndRequeuedStepsInTimeAndFailsLeaderFailoverWithASlowDeadPodThreshold(
      @TempDir Path dir) throws Exception {
    // Degraded: a pod declared dead after 12 s instead of the documented 180 s / 30 = 6 s.
    Path slowElection = degradedProfile(dir, "fleet-q", Map.of("deadAfter: 6s", "deadAfter: 12s"));
    BothWays run = bothWays("fleet-q", dir, Map.of("slogate.stack.profile", slowElection.toString()));

    Passed healthy = assertPasses("fleet-q", run.healthy());
    assertEquals(30, healthy.plan().targetTimeScale());
    // The stand-in declares a pod dead 6 s after its last heartbeat (1 s apart): a new leader 5 to 6.05 s after
    // the kill, the dead pod's steps back 5 to 17 s after it.
    FaultWindow leader = onlyFault(healthy.timeline(), "fleet-q-kill-leader");
    FaultWindow requeue = onlyFault(healthy.timeline(), "fleet-q-requeue-orphans");
    assertTrue(leader.failoverMillis() >= 4_000 && leader.failoverMillis() <= 7_000, leader.toString());
    assertTrue(requeue.failoverMillis() >= 4_000 && requeue.failoverMillis() <= 17_000, requeue.toString());

    assertFails(run.degraded(), "leader-failover");
  }

  @Test
  void reconciliationPassesItsAlertsThroughARollingRestartAndFailsItsResponseTimeAlertWhenSlow(@TempDir Path dir)
      throws Exception {
    BothWays run = bothWays("reconciliation-platform", dir, Map.of("slogate.stack.addLatency", "1100ms"));

    Passed healthy = assertPasses("reconciliation-platform", run.healthy());
    assertEquals(110, healthy.plan().phase("fault").orElseThrow().startRate(), 1e-9);
    assertEquals(0, onlyFault(healthy.timeline(), "reconciliation-rolling-restart").gatlingKoInWindow());

    JsonNode failed = assertFails(run.degraded(), "response-time-alert");
    assertTrue(reason(failed, "response-time-alert").contains("above the 1,000 ms"), reason(failed, "response-time-alert"));
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  private record Passed(String output, RunPlan plan, ChaosTimeline timeline, JsonNode verdict) {}

  private record BothWays(GatlingProcess.Result healthy, GatlingProcess.Result degraded) {}

  /**
   * The healthy and the degraded readiness run of one system, side by side: each uses little of the CPU. The
   * degraded one starts a little later, so that the two runs' busiest moments (JVM starts, replica restarts,
   * the end-of-run reports) do not fall together on two cores.
   */
  private static BothWays bothWays(String system, Path dir, Map<String, String> degradation) throws Exception {
    GatlingProcess.Running healthy = readiness(system, Map.of()).start(folder(dir, "healthy"));
    Thread.sleep(STAGGER.toMillis());
    GatlingProcess.Running degraded = readiness(system, degradation).start(folder(dir, "degraded"));
    return new BothWays(healthy.await(), degraded.await());
  }

  private static GatlingProcess readiness(String system, Map<String, String> extra) {
    GatlingProcess run = GatlingProcess.of(Readiness.class).property(Readiness.SYSTEM_PROPERTY, system)
        .timeout(Duration.ofMinutes(5));
    extra.forEach(run::property);
    return run;
  }

  private static Path folder(Path dir, String name) throws IOException {
    return Files.createDirectories(dir.resolve(name));
  }

  private static Passed assertPasses(String system, GatlingProcess.Result run) throws IOException {
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate PASSED (verdict PASS)"), run::describe);
    assertTrue(run.output().contains("embedded reference stack '" + system + "' up at"), run::describe);
    Path folder = run.outputRoot().resolve("latest");
    for (String file : BUNDLE) {
      assertTrue(Files.exists(folder.resolve(file)), "the sign-off bundle holds " + file);
    }
    JsonNode verdict = JSON.readTree(folder.resolve("verdict.json").toFile());
    assertEquals("PASS", verdict.path("verdict").asText());
    SloSpec catalog = SloSpecs.loadCatalog(system);
    Map<String, String> expected = new TreeMap<>();
    List<String> notCovered = new ArrayList<>();
    for (Objective objective : catalog.objectives()) {
      if (objective instanceof NotVerifiableObjective) {
        notCovered.add(objective.name());
      } else {
        expected.put(objective.name(), "PASS");
      }
    }
    assertEquals(expected, verdicts(verdict), "every judged objective of the catalog passed");
    List<String> reported = new ArrayList<>();
    verdict.path("notCovered").forEach(n -> reported.add(n.path("name").asText()));
    assertEquals(notCovered, reported, "what a load test cannot show is listed as not covered, never dropped");
    String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
    for (String name : notCovered) {
      assertTrue(html.contains(name), "report.html lists " + name);
    }
    RunPlan plan = RunPlanIO.read(folder.resolve(RunPlanIO.FILE_NAME));
    ChaosTimeline timeline = ChaosTimelineIO.load(folder.resolve(ChaosTimelineIO.FILE_NAME));
    List<String> experiments = catalog.readiness().orElseThrow().experiments();
    assertEquals(experiments, timeline.faults().stream().map(FaultWindow::experiment).toList(),
        "each of the catalog's experiments injected once, in order");
    return new Passed(run.output(), plan, timeline, verdict);
  }

  private static JsonNode assertFails(GatlingProcess.Result run, String objective) throws IOException {
    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate FAILED (verdict FAIL"), run::describe);
    JsonNode verdict = JSON.readTree(run.outputRoot().resolve("latest").resolve("verdict.json").toFile());
    assertEquals("FAIL", verdict.path("verdict").asText());
    assertEquals("FAIL", objective(verdict, objective).path("verdict").asText(), () -> verdicts(verdict).toString());
    assertTrue(verdict.path("summary").asText().contains(objective), verdict.path("summary").asText());
    return verdict;
  }

  private static Map<String, String> verdicts(JsonNode verdict) {
    Map<String, String> verdicts = new TreeMap<>();
    verdict.path("objectives").forEach(o -> verdicts.put(o.path("name").asText(), o.path("verdict").asText()));
    return verdicts;
  }

  private static JsonNode objective(JsonNode verdict, String name) {
    for (JsonNode o : verdict.path("objectives")) {
      if (o.path("name").asText().equals(name)) {
        return o;
      }
    }
    throw new AssertionError("no objective " + name + " in " + verdicts(verdict));
  }

  private static String reason(JsonNode verdict, String name) {
    return objective(verdict, name).path("reason").asText();
  }

  private static FaultWindow onlyFault(ChaosTimeline timeline, String experiment) {
    List<FaultWindow> faults = timeline.faults().stream().filter(f -> f.experiment().equals(experiment)).toList();
    assertEquals(1, faults.size(), timeline.faults().toString());
    assertTrue(faults.get(0).failedOver(), faults.get(0).toString());
    return faults.get(0);
  }

  /** The system's stand-in profile with some of its lines changed, written to {@code dir}. */
  private static Path degradedProfile(Path dir, String system, Map<String, String> replacements) throws IOException {
    String profile;
    try (var in = ReadinessRunTest.class.getClassLoader().getResourceAsStream("dev/slogate/stack/profiles/" + system + ".yaml")) {
      profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Map.Entry<String, String> change : new LinkedHashMap<>(replacements).entrySet()) {
      assertTrue(profile.contains(change.getKey()), system + " profile has '" + change.getKey() + "'");
      profile = profile.replace(change.getKey(), change.getValue());
    }
    Path file = dir.resolve(system + "-degraded.yaml");
    Files.writeString(file, profile, StandardCharsets.UTF_8);
    return file;
  }
}
