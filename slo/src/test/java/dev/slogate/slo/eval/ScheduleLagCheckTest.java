package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowedRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule lag read from user starts against the plan's curve, and the bound that makes a phase INVALID. */
class ScheduleLagCheckTest {

  /** Warm-up 5 s at 100/s, steady 30 s at 100/s, cool-down 5 s at 100/s. */
  private static final RunPlan PLAN = SyntheticRun.plan(100);

  private static PhaseValidity steady(RunMeasurements run, RunPlan plan) {
    PhaseWindow window = PhaseWindows.of(run, plan).stream().filter(w -> w.phase().equals("steady")).findFirst().orElseThrow();
    return new LoadValidityCheck(0.05, plan, run).check(run, window);
  }

  @Test
  void aBacklogCaughtUpReachesThePlannedCountButIsInvalidByItsLag() {
    // A 2 s stall 10 s into steady, caught up at twice the pace: every user started, 2 s late at worst.
    RunRecord run = ScheduledArrivals.backlogCaughtUp(PLAN, 15_000, 2_000).record();
    PhaseWindow window = PhaseWindows.of(run, PLAN).get(1);

    PhaseValidity countOnly = new LoadValidityCheck(0.05).check(run, window);
    assertEquals(LoadStatus.VALID, countOnly.status(), "the count alone sees nothing: " + countOnly.finding());
    assertEquals(2_900, countOnly.achievedArrivals());

    PhaseValidity steady = steady(run, PLAN);
    assertEquals(LoadStatus.INVALID, steady.status());
    ScheduleLag lag = steady.scheduleLag().orElseThrow();
    // Read every 100 ms: the worst reading is within a tick of the 2 s stall; 310 ms allowed (300 + one arrival).
    assertTrue(lag.maxMillis() > 1_900 && lag.maxMillis() <= 2_000, lag.toString());
    assertTrue(lag.p99Millis() > 1_700 && lag.p99Millis() <= lag.maxMillis(), lag.toString());
    assertEquals(310, lag.allowedMillis());
    assertEquals(new LoadFinding.LateStarts("steady", lag), steady.finding());
  }

  @Test
  void theSamePlanWithOnTimeArrivalsIsValidWithNoLag() {
    PhaseValidity steady = steady(ScheduledArrivals.onTime(PLAN).record(), PLAN);
    assertEquals(LoadStatus.VALID, steady.status(), String.valueOf(steady.finding()));
    assertEquals(Optional.of(new ScheduleLag(0, 0, 310)), steady.scheduleLag());
    assertEquals(new LoadFinding.Arrivals("steady", LoadFinding.Pace.KEPT, 2_900, 2_900), steady.finding());
  }

  @Test
  void aShortHiccupWithinTheBoundStaysValid() {
    PhaseValidity steady = steady(ScheduledArrivals.backlogCaughtUp(PLAN, 15_000, 250).record(), PLAN);
    assertEquals(LoadStatus.VALID, steady.status(), String.valueOf(steady.finding()));
    long max = steady.scheduleLag().orElseThrow().maxMillis();
    assertTrue(max > 150 && max <= 250, "max " + max);
  }

  @Test
  void aBacklogFromWarmUpCaughtUpInSteadyIsSteadysLag() {
    // Warm-up's last 1.5 s of users start only as steady begins: warm-up is not judged, steady inherits the backlog.
    RunRecord run = ScheduledArrivals.backlogCaughtUp(PLAN, 3_500, 1_500).record();
    PhaseValidity steady = steady(run, PLAN);
    assertEquals(LoadStatus.INVALID, steady.status(), String.valueOf(steady.finding()));
    assertTrue(steady.scheduleLag().orElseThrow().maxMillis() > 500, steady.scheduleLag().toString());
  }

  /** A ramp 10 → 100/s over 20 s, judged. */
  private static final RunPlan RAMP = new RunPlan("run-1", "dev.slogate.SyntheticSimulation", "http://127.0.0.1:8080",
      List.of(new Phase("steady", PhaseKind.STEADY, 0, 20_000, 10, 100)));

  @Test
  void aRampFollowedOnItsCurveIsValidAndOneThatStallsIsNot() {
    PhaseValidity onTime = steady(ScheduledArrivals.onTime(RAMP).record(), RAMP);
    assertEquals(LoadStatus.VALID, onTime.status(), String.valueOf(onTime.finding()));
    assertEquals(0, onTime.scheduleLag().orElseThrow().maxMillis());
    // 300 ms plus one arrival at the window's lowest planned rate (13.4/s where the window starts, 0.75 s in: 75 ms)
    assertEquals(375, onTime.scheduleLag().orElseThrow().allowedMillis());

    PhaseValidity stalled = steady(ScheduledArrivals.backlogCaughtUp(RAMP, 12_000, 1_000).record(), RAMP);
    assertEquals(LoadStatus.VALID, new LoadValidityCheck(0.05).check(ScheduledArrivals.backlogCaughtUp(RAMP, 12_000, 1_000)
        .record(), PhaseWindows.of(ScheduledArrivals.onTime(RAMP).record(), RAMP).get(0)).status());
    assertEquals(LoadStatus.INVALID, stalled.status(), String.valueOf(stalled.finding()));
    assertTrue(stalled.scheduleLag().orElseThrow().maxMillis() > 900, stalled.scheduleLag().toString());
  }

  /** 5 users/s: the plan asks for one user every 200 ms. */
  private static final RunPlan LOW_RATE = new RunPlan("run-1", "dev.slogate.SyntheticSimulation", "http://127.0.0.1:8080",
      List.of(Phase.constant("steady", PhaseKind.STEADY, 0, 20_000, 5)));

  @Test
  void aLowRateInjectorStartingEachUserATickLateIsNotInvalid() {
    // Each user one arrival (200 ms) late plus 20 ms of jitter: behind the smooth curve by a quantum, not stalled.
    RunRecord run = ScheduledArrivals.moved(LOW_RATE, t -> t + 200 + (t / 200 % 3) * 10).record();
    PhaseValidity steady = steady(run, LOW_RATE);
    assertEquals(LoadStatus.VALID, steady.status(), String.valueOf(steady.finding()));
    ScheduleLag lag = steady.scheduleLag().orElseThrow();
    assertEquals(500, lag.allowedMillis(), "300 ms and one arrival at 5/s");
    // Read every 100 ms, the 200-220 ms sawtooth shows at least half its height.
    assertTrue(lag.maxMillis() >= 100 && lag.maxMillis() <= 220, lag.toString());

    // The same rate with a 1 s stall is late beyond the quantum.
    PhaseValidity stalled = steady(ScheduledArrivals.backlogCaughtUp(LOW_RATE, 8_000, 1_000).record(), LOW_RATE);
    assertEquals(LoadStatus.INVALID, stalled.status(), String.valueOf(stalled.finding()));
  }

  @Test
  void theLagIsTheSameReadInWindowsAndInFull(@TempDir Path dir) {
    Path log = ScheduledArrivals.backlogCaughtUp(PLAN, 15_000, 2_000).log(dir.resolve("simulation.log"));
    RunRecord full = SimulationLogReader.read(log, "run-1");
    WindowedRun windowed = SimulationLogReader.readWindowed(log, "run-1", ReadOptions.strict(), PhaseWindows.cutPoints(PLAN));

    PhaseValidity fromFull = steady(full, PLAN);
    assertEquals(LoadStatus.INVALID, fromFull.status());
    assertEquals(fromFull, steady(windowed, PLAN));
    // and the evaluator says so for an objective on steady
    Evaluation evaluation = new Evaluator().evaluate(Specs.of("{name: p50, kind: latency, percentile: 50, threshold: 20ms}"),
        windowed, PLAN);
    assertEquals(Verdict.INVALID, evaluation.verdict());
    assertTrue(evaluation.results().get(0).reason() instanceof Reason.InvalidLoad invalid
        && invalid.phase().finding() instanceof LoadFinding.LateStarts late && late.phase().equals("steady"),
        String.valueOf(evaluation.results().get(0).reason()));
  }

  @Test
  void withoutAPlanOrWithoutUserStartsTheLagIsNotRead() {
    RunRecord run = ScheduledArrivals.backlogCaughtUp(PLAN, 15_000, 2_000).record();
    Evaluation noPlan = new Evaluator().evaluate(Specs.of("{name: p50, kind: latency, percentile: 50, threshold: 20ms}"), run);
    assertEquals(Optional.empty(), noPlan.phases().get(0).scheduleLag());
    assertEquals(LoadStatus.NOT_CHECKED, noPlan.phases().get(0).status());
    assertEquals(Verdict.PASS, noPlan.verdict());
  }
}
