package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.stats.RateEstimate;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Error frequency: an absolute alert threshold judged over every sliding window, with Bonferroni-adjusted
 * Garwood bounds. The steady phase of {@link SyntheticRun#plan} holds 29 whole seconds (the run starts 250 ms
 * into a second), so a 10 s window slides over 20 positions.
 */
class ErrorFrequencyEvaluationTest {

  private final Evaluator evaluator = new Evaluator();

  private ObjectiveResult judge(String objective, IntPredicate steadyOk) {
    RunRecord record = SyntheticRun.planned(100, i -> 5, steadyOk).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(100)).results().get(0);
  }

  @Test
  void passesWhenEvenTheWorstWindowIsShownWithinTheMaximum() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}", i -> true);
    assertEquals(Verdict.PASS, result.verdict());
    // No failure: the simultaneous 95% bound over 20 windows is -ln(0.05/20) failures in 10 s.
    assertEquals(-Math.log(0.05 / 20) / 10, result.measurement().upperBound(), 1e-9);
    assertEquals(0, result.measurement().estimate());
    assertEquals(2_900, result.measurement().samples());
    assertEquals("<= 1/s", result.target().describe());
    assertEquals("error frequency", result.measure());
    assertEquals("Failed requests of all requests in steady peaked at 0/s in the worst 10 s window (0 failed; "
        + "95% upper bound 0.5991/s, simultaneous over 20 windows), within the 1/s maximum.", result.reason());
  }

  @Test
  void failsWhenSomeWindowClearlyExceedsIt() {
    // Failures only in seconds 15-19 of steady (100 of them): one window holds them all.
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}",
        i -> i < 1_500 || i >= 1_600);
    assertEquals(Verdict.FAIL, result.verdict());
    assertEquals(10, result.measurement().estimate(), 1e-9);
    RateEstimate expected = RateEstimate.of(100, 10, 1 - 0.05 / 20);
    assertEquals(expected.lowerBound(), result.measurement().lowerBound(), 1e-9);
    assertTrue(result.reason().startsWith("Failed requests of all requests in steady peaked at 10/s in the worst 10 s window "
        + "(100 failed, from second "), result.reason());
    assertTrue(result.reason().endsWith("above the 1/s maximum: the alert's condition held."), result.reason());
  }

  @Test
  void anErrorRatioThatPassesCanStillBreakAnAbsoluteAlert() {
    // 1% of 100/s is 1 failure per second: within a 5% error rate, far above 0.1/s.
    String spec = "{name: ratio, kind: error-rate, max: 5%}";
    assertEquals(Verdict.PASS, judge(spec, i -> i % 100 != 0).verdict());
    assertEquals(Verdict.FAIL, judge("{name: alert, kind: error-frequency, max: 0.1/s, window: 10s}", i -> i % 100 != 0).verdict());
  }

  @Test
  void straddlingTheMaximumIsInconclusive() {
    // one failure per second: every window holds 10, exactly the 1/s allowed
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}", i -> i % 100 != 0);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertTrue(result.measurement().lowerBound() < 1 && result.measurement().upperBound() > 1, result.measurement().toString());
    assertTrue(result.reason().endsWith("too close to the 1/s maximum to decide at 95% confidence."), result.reason());
  }

  @Test
  void anAllowanceNoRunCanShowIsInconclusiveAndSaysWhy() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 0.1/s, window: 10s}", i -> true);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertTrue(result.reason().endsWith("no run can show the 0.1/s maximum here: a 10 s window allows 1 failed request, and even a "
        + "window without any is only shown to be within it when the allowance is at least 5.99."), result.reason());
  }

  @Test
  void phasesShorterThanTheWindowAreInconclusive() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 1m}", i -> true);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertEquals("The judged phases in steady offer at most 29 s without a break, shorter than the 60 s window, so no window "
        + "fits and nothing was judged.", result.reason());
    assertEquals(null, result.measurement().estimate());
  }

  @Test
  void aRequestSelectorCountsOnlyItsFailures() {
    RunRecord record = new SyntheticRun()
        .load(0, 5_000, 40, "GET /a", i -> 800, i -> true)
        .load(5_000, 35_000, 20, "GET /a", i -> 5, i -> true)
        .load(5_000, 35_000, 20, "POST /b", i -> 5, i -> i % 2 == 0)
        .load(35_000, 40_000, 40, "GET /a", i -> 3, i -> true)
        .build();
    RunPlan plan = SyntheticRun.plan(40);
    assertEquals(Verdict.PASS, evaluator.evaluate(Specs.of("{name: a, kind: error-frequency, max: 1/s, window: 10s, request: GET /a}"),
        record, plan).verdict());
    assertEquals(Verdict.FAIL, evaluator.evaluate(Specs.of("{name: b, kind: error-frequency, max: 1/s, window: 10s, request: 'POST *'}"),
        record, plan).verdict());
    ObjectiveResult none = evaluator.evaluate(Specs.of("{name: c, kind: error-frequency, max: 1/s, window: 10s, request: GET /c}"),
        record, plan).results().get(0);
    assertEquals(Verdict.INCONCLUSIVE, none.verdict());
    assertEquals("No request matched 'GET /c' in steady (requests seen: GET /a, POST /b).", none.reason());
  }

  @Test
  void adjacentJudgedPhasesAreOneStretchSoAWindowFitsAcrossTheirBoundary() {
    // steady and fault are 8 s each: neither holds a 12 s window, together they do (their boundary second too).
    RunPlan plan = new RunPlan("run-1", "sim", "http://127.0.0.1", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 2_000, 50),
        Phase.constant("steady", PhaseKind.STEADY, 2_000, 8_000, 50),
        Phase.constant("fault", PhaseKind.FAULT, 10_000, 8_000, 50),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 18_000, 2_000, 50)));
    RunRecord record = new SyntheticRun().load(0, 20_000, 50, "GET /a", i -> 5, i -> true).build();
    ObjectiveResult together = evaluator.evaluate(
        Specs.of("{name: a, kind: error-frequency, max: 2/s, window: 12s, phases: [steady, fault]}"), record, plan).results().get(0);
    assertEquals(Verdict.PASS, together.verdict(), together.reason());
    // 2.25 s to 18.25 s of the run: seconds 3 to 17 are whole, 15 of them, so 4 windows of 12 s
    assertTrue(together.reason().contains("in steady + fault peaked at 0/s") && together.reason().contains("simultaneous over 4 windows"),
        together.reason());

    ObjectiveResult alone = evaluator.evaluate(
        Specs.of("{name: a, kind: error-frequency, max: 2/s, window: 12s, phases: [steady]}"), record, plan).results().get(0);
    assertEquals(Verdict.INCONCLUSIVE, alone.verdict());
  }

  @Test
  void aScaledDownRunDividesTheMaximumAndTheWindowByTheFactor() {
    RunPlan documented = SyntheticRun.plan(100);
    RunPlan scaled = new RunPlan(RunPlan.SCHEMA, documented.runId(), documented.simulation(), documented.target(), 10,
        documented.phases(), Map.of());
    RunRecord record = SyntheticRun.planned(100, i -> 5, i -> true).build();
    // documented: at most 10/s over 100 s; scaled by 10: 1/s over 10 s, which the clean steady phase shows
    Evaluation evaluation = evaluator.evaluate(Specs.of("{name: alert, kind: error-frequency, max: 10/s, window: 100s}"), record, scaled);
    ObjectiveResult result = evaluation.results().get(0);
    assertEquals(Verdict.PASS, result.verdict(), result.reason());
    assertEquals(1, result.target().value(), 1e-12);
    assertTrue(result.reason().contains("worst 10 s window"), result.reason());
    assertTrue(evaluation.notes().contains("The run plan scales the documented workload down by 10, so rates and windows were "
        + "divided by it (alert max 10/s over 100 s → 1/s over 10 s); latency thresholds, ratios and failover maxima are never scaled."),
        evaluation.notes().toString());
    // unscaled, the 100 s window does not fit in 29 s of steady
    assertEquals(Verdict.INCONCLUSIVE, evaluator.evaluate(Specs.of("{name: alert, kind: error-frequency, max: 10/s, window: 100s}"),
        record, documented).verdict());
  }

  @Test
  void anInjectorThatMissedThePlanMakesItInvalid() {
    RunRecord record = SyntheticRun.planned(50, i -> 5, i -> true).build();
    ObjectiveResult result = evaluator.evaluate(Specs.of("{name: alert, kind: error-frequency, max: 1/s, window: 10s}"), record,
        SyntheticRun.plan(100)).results().get(0);
    assertEquals(Verdict.INVALID, result.verdict());
  }

  @Test
  void withoutAPlanTheWholeRunIsOneStretch() {
    RunRecord record = SyntheticRun.planned(100, i -> 5, i -> true).build();
    ObjectiveResult result = evaluator.evaluate(Specs.of("{name: alert, kind: error-frequency, max: 1/s, window: 10s}"), record)
        .results().get(0);
    assertEquals(Verdict.PASS, result.verdict());
    assertTrue(result.reason().contains("in the whole run (no run plan"), result.reason());
  }
}
