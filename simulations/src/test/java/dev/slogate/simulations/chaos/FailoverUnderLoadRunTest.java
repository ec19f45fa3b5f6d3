package dev.slogate.simulations.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slogate.reports.ChromiumPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.simulations.FailoverUnderLoad;
import dev.slogate.simulations.GatlingProcess;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FailoverUnderLoad end to end, the way {@code ./mvnw gatling:test} runs it: a real Gatling JVM drives
 * load at the embedded stack while one replica is SIGKILLed, and the gate judges a 2 s failover objective.
 * With the default health checks (every 250 ms, fall 2) the stack fails over in well under 2 s and the gate
 * passes; with checks every 1 s and fall 5 the dead replica stays in rotation 4 to 5 s and the gate fails.
 */
class FailoverUnderLoadRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long PROBE_MS = 50;

  private static final String SLO = """
      system: failover-under-load-test
      version: "1"
      objectives:
        - name: failover
          kind: failover
          max: 2s
      """;

  private static String experiment(String duration) {
    return """
        name: kill-under-load
        fault:
          type: pod-kill
        target:
          local:
            index: 0
        mode: one
        duration: %s
        schedule:
          offset: 3s
        probe:
          path: /health
          interval: %dms
          timeout: 500ms
        recovery:
          consecutiveSuccesses: 3
          within: 20s
        """.formatted(duration, PROBE_MS);
  }

  /** The default profile with other health-check settings. */
  private static String profile(String interval, String timeout, int fall) throws Exception {
    String base = new String(FailoverUnderLoadRunTest.class.getClassLoader()
        .getResourceAsStream("dev/slogate/stack/profiles/default.yaml").readAllBytes());
    return base.replaceFirst("(?s)healthCheck:.*?rise: 2[^\n]*\n",
        "healthCheck:\n  interval: " + interval + "\n  timeout: " + timeout + "\n  fall: " + fall + "\n  rise: 2\n");
  }

  private static GatlingProcess failoverRun(Path dir, String experiment, String marker) throws Exception {
    Files.writeString(dir.resolve("slo.yaml"), SLO);
    Files.writeString(dir.resolve("experiment.yaml"), experiment);
    return GatlingProcess.of(FailoverUnderLoad.class)
        .property("slogate.slo", dir.resolve("slo.yaml").toString())
        .property("slogate.experiment", dir.resolve("experiment.yaml").toString())
        .property("slogate.rate", "100")
        .property("slogate.warmup", "2s")
        .property("slogate.chaos.recovery", "2s")
        .property("slogate.cooldown", "1s")
        .property("slogate.stack.replicaJvmArgs",
            "-Xms32m -Xmx128m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dslogate.test.marker=" + marker)
        .timeout(Duration.ofMinutes(3));
  }

  @Test
  void theDefaultStackFailsOverWithinTwoSecondsUnderLoadAndPasses(@TempDir Path dir) throws Exception {
    String marker = UUID.randomUUID().toString();
    GatlingProcess.Result run = failoverRun(dir, experiment("4s"), marker).run(dir);
    printChaosLines(run);

    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("gate PASSED (verdict PASS)"), run::describe);
    assertTrue(run.output().matches("(?s).*slogate chaos: kill-under-load #1 injected pod-kill on replica 0 \\(pid \\d+\\)"
        + " at \\+5\\.\\d{3}s\n.*"), run::describe);
    assertTrue(run.output().matches("(?s).*slogate chaos: kill-under-load #1 failover 0\\.\\d\\d s, downtime \\d\\.\\d\\d s,"
        + " (time to detect \\d\\.\\d\\d s|no failed probe), \\d+ KOs\n.*"), run::describe);
    assertNoReplicaLeft(marker);

    Path latest = run.outputRoot().resolve("latest");
    RunPlan plan = RunPlanIO.read(latest.resolve(RunPlanIO.FILE_NAME));
    assertEquals(List.of("warm-up", "steady", "fault", "recovery", "cool-down"),
        plan.phases().stream().map(Phase::name).toList());
    assertEquals(List.of(PhaseKind.WARM_UP, PhaseKind.STEADY, PhaseKind.FAULT, PhaseKind.RECOVERY, PhaseKind.COOL_DOWN),
        plan.phases().stream().map(Phase::kind).toList());
    assertEquals(List.of(10.0, 100.0), List.of(plan.phases().get(0).startRate(), plan.phases().get(0).endRate()),
        "the warm-up ramps from a tenth (WarmUpRamp)");
    assertTrue(plan.phases().stream().skip(1).allMatch(p -> p.startRate() == 100 && p.endRate() == 100),
        "the fault changes no rate");
    assertEquals(3_000, plan.phase("steady").orElseThrow().durationMillis(), "until the first injection");
    assertEquals(4_000, plan.phase("fault").orElseThrow().durationMillis(), "the experiment's duration");

    ChaosTimeline timeline = ChaosTimelineIO.load(latest.resolve(ChaosTimelineIO.FILE_NAME));
    assertEquals(1, timeline.faults().size());
    FaultWindow fault = timeline.faults().get(0);
    assertTrue(fault.fault().startsWith("pod-kill replica 0 (pid "), fault.toString());
    assertNotNull(fault.failoverMillis(), fault.toString());
    // The replica leaves rotation at most fall x interval = 500 ms after the kill; after that no probe fails.
    assertTrue(fault.failoverMillis() <= 500 + PROBE_MS + 50, fault.toString());
    assertTrue(fault.recoveredAtEpochMillis() >= fault.injectedAtEpochMillis(), fault.toString());
    assertTrue(timeline.probes().size() > 100, "probes every 50 ms for the whole experiment");

    JsonNode failover = objective(latest, "failover");
    assertEquals("PASS", failover.get("verdict").asText(), failover::toString);

    assertTheReadinessReportDraws(latest, dir);
  }

  /** The sign-off report of a run with chaos, opened in a real Chromium: every section, drawn charts. */
  private static void assertTheReadinessReportDraws(Path runFolder, Path dir) throws Exception {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    ChromiumPage page = ChromiumPage.render(runFolder.resolve("report.html"),
        Path.of("target", "report-screenshots", "failover-under-load.png"), profile);
    for (String section : List.of("verdict", "objectives", "budget", "chaos", "regression", "not-covered", "load", "evidence")) {
      assertTrue(page.dom().contains("id=\"" + section + "\""), "report.html has no section " + section);
    }
    assertTrue(page.count("<svg") >= 3, "the latency, throughput and distribution charts");
    assertTrue(page.dom().contains("pod-kill replica 0"), "the chaos section names the fault");
  }

  @Test
  void slowHealthChecksMissTheObjectiveAndFailTheGate(@TempDir Path dir) throws Exception {
    String marker = UUID.randomUUID().toString();
    Files.writeString(dir.resolve("slow-checks.yaml"), profile("1s", "500ms", 5));
    GatlingProcess.Result run = failoverRun(dir, experiment("7s"), marker)
        .property("slogate.stack.profile", dir.resolve("slow-checks.yaml").toString())
        // The dead replica is replaced when the fault ends, not while the balancer still holds it.
        .property("slogate.chaos.restartDelay", "30s")
        .run(dir);
    printChaosLines(run);

    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.output().contains("gate FAILED (verdict FAIL)"), run::describe);
    assertNoReplicaLeft(marker);
    Path latest = run.outputRoot().resolve("latest");
    FaultWindow fault = ChaosTimelineIO.load(latest.resolve(ChaosTimelineIO.FILE_NAME)).faults().get(0);
    // Checks every 1 s with fall 5: out of rotation 4 to 5 s after the kill (the check timeout does not
    // matter: a dead replica refuses at once). Gatling's requests share the round robin, so which replica a
    // probe reaches is a matter of chance, and the last failed probe can come some probes before the
    // replica left rotation; none in the 40 probes from 2 s to 4 s would be a chance below 1 in 5,000.
    assertNotNull(fault.failoverMillis(), fault.toString());
    assertTrue(fault.failoverMillis() > 2_000 && fault.failoverMillis() <= 5_000 + PROBE_MS * 3 / 2 + 50,
        fault.toString());
    assertTrue(fault.gatlingKoInWindow() > 0, "a third of the load failed for seconds: " + fault);
    JsonNode failover = objective(latest, "failover");
    assertEquals("FAIL", failover.get("verdict").asText(), failover::toString);
  }

  @Test
  void anExperimentThatCannotRunEndsTheRunWithOneLineBeforeAnyLoad(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(FailoverUnderLoad.class)
        .property("slogate.experiment", "kill-everything")
        .timeout(Duration.ofMinutes(1))
        .run(dir);

    assertEquals(64, run.exitCode(), run::describe);
    List<String> errors = run.output().lines().filter(l -> l.startsWith("slogate: error:")).toList();
    assertEquals(List.of("slogate: error: slogate.experiment=kill-everything is neither a file nor an experiment"
        + " bundled with slogate (such as kill-one-replica)"), errors, run::describe);
    assertTrue(!run.output().contains("\tat ") && !run.output().contains("started..."), run::describe);
  }

  /** The run's chaos and verdict lines, kept in the test output as the measured figures. */
  private static void printChaosLines(GatlingProcess.Result run) {
    run.output().lines().filter(l -> l.startsWith("slogate chaos:") || l.startsWith("PASS") || l.startsWith("FAIL")
            || l.contains("gate "))
        .forEach(System.out::println);
  }

  private static JsonNode objective(Path runFolder, String name) throws Exception {
    JsonNode verdict = JSON.readTree(runFolder.resolve("verdict.json").toFile());
    for (JsonNode objective : verdict.get("objectives")) {
      if (objective.get("name").asText().equals(name)) {
        return objective;
      }
    }
    throw new AssertionError("no objective " + name + " in " + verdict);
  }

  private static void assertNoReplicaLeft(String marker) {
    List<ProcessHandle> left = ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    assertEquals(0, left.size(), "replica processes outlived the run: " + left);
  }
}
