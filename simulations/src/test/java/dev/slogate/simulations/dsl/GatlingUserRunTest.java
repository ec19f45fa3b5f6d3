package dev.slogate.simulations.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.simulations.GatlingProcess;
import dev.slogate.simulations.SlogateRun;
import dev.slogate.simulations.seeds.SeedRunsTest;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulation written the Gatling way ({@code setUp(scn.injectOpen(plan.open()))}, slogate's phases and hook)
 * runs end to end against the embedded stack: Gatling injects exactly the plan, and the run is judged.
 */
class GatlingUserRunTest {

  @Test
  void gatlingsOwnSetUpInjectsSlogatesPlanAndIsJudged(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(GatlingUserSimulation.class)
        .property("slogate.slo", SeedRunsTest.testSlo().toString())
        .run(dir);

    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.output().contains("slogate: gate PASSED (verdict PASS)"), run::describe);
    assertTrue(run.output().contains("closed model: up to 4 concurrent users"), run::describe);
    RunPlan plan = run.plan();
    assertEquals(List.of("warm-up", "steady", "cool-down", "sessions"), plan.phases().stream().map(Phase::name).toList());
    Phase steady = plan.phase("steady").orElseThrow();
    assertEquals(PhaseKind.STEADY, steady.kind());
    assertEquals(40.0, steady.startRate());
    assertEquals(4_000, steady.durationMillis());
    Phase sessions = plan.phase("sessions").orElseThrow();
    assertEquals(plan.phase("cool-down").orElseThrow().endOffsetMillis(), sessions.startOffsetMillis(),
        "the closed population starts when the open one has ended");
    assertEquals(0.0, sessions.startRate(), "a closed model plans no arrival rate");

    RunRecord record = run.record();
    assertTrue(record.metadata().complete());
    assertEquals(GatlingUserSimulation.class.getName(), record.metadata().simulation());
    // The open population is exactly the plan: a warm-up rising from 4/s to 40/s over 1 s (22 users, WarmUpRamp),
    // then 40/s for 4 + 1 seconds, one request each.
    assertEquals(22.0, plan.phase("warm-up").orElseThrow().plannedArrivals(), 1e-9);
    assertEquals(22 + 200, record.whole().requests().get("GET /api/fast").count());
    assertTrue(record.whole().requests().containsKey("GET /api/items"), run::describe);
  }

  @Test
  void aPlanGatlingWasNotGivenEndsTheRunBeforeAnyLoad(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(PlanNotInjectedSimulation.class).run(dir);
    assertUsageError(run, "a planned population was never injected");
  }

  @Test
  void aChaosStageWhoseScenarioIsNotMarkedEndsTheRunBeforeAnyLoad(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(UnmarkedFaultStageSimulation.class).run(dir);
    assertUsageError(run, "must begin with faults.scenario(name)");
  }

  private static void assertUsageError(GatlingProcess.Result run, String expected) {
    assertEquals(SlogateRun.EXIT_USAGE, run.exitCode(), run::describe);
    List<String> errors = run.output().lines().filter(l -> l.startsWith("slogate: error: ")).toList();
    assertEquals(1, errors.size(), run::describe);
    assertTrue(errors.get(0).contains(expected), () -> "expected '" + expected + "' in " + errors.get(0));
    assertFalse(run.output().contains("\tat "), run::describe);
    assertFalse(run.output().contains(" started..."), run::describe);
  }
}
