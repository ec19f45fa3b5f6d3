package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Error frequency: an alert's rule (failures in a sliding window above max × window) applied to the run's own
 * requests, over every window that fits in the judged phases. The steady phase of {@link SyntheticRun#plan} holds 29 whole seconds (the run starts 250 ms
 * into a second), so a 10 s window slides over 20 positions.
 */
class ErrorFrequencyEvaluationTest {

  private final Evaluator evaluator = new Evaluator();

  private ObjectiveResult judge(String objective, IntPredicate steadyOk) {
    RunRecord record = SyntheticRun.planned(100, i -> 5, steadyOk).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(100)).results().get(0);
  }

  @Test
  void passesWhenNoWindowExceedsTheMaximum() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}", i -> true);
    assertEquals(Verdict.PASS, result.verdict());
    assertEquals(0, result.measurement().estimate());
    assertEquals(0, result.measurement().upperBound());
    assertEquals(null, result.measurement().low(), "a rule on observed counts has no interval");
    assertEquals(2_900, result.measurement().samples());
    assertEquals("<= 1/s", Words.threshold(result.target()));
    assertEquals("error frequency", result.measure());
    assertEquals("Failed requests of all requests in steady peaked at 0/s in the worst 10 s window (0 failed; "
        + "20 windows looked at), within the 1/s maximum: the alert would not have fired on this run's requests.",
        Words.reason(result));
  }

  @Test
  void failsWhenSomeWindowExceedsIt() {
    // Failures only in seconds 15-19 of steady (100 of them): one window holds them all.
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}",
        i -> i < 1_500 || i >= 1_600);
    assertEquals(Verdict.FAIL, result.verdict());
    assertEquals(10, result.measurement().estimate(), 1e-9);
    assertEquals(10, result.measurement().lowerBound(), 1e-9);
    assertTrue(Words.reason(result).startsWith("Failed requests of all requests in steady peaked at 10/s in the worst 10 s window "
        + "(100 failed, from second "), Words.reason(result));
    assertTrue(Words.reason(result).endsWith("20 windows looked at), above the 1/s maximum: the alert would have fired."),
        Words.reason(result));
  }

  @Test
  void anErrorRatioThatPassesCanStillBreakAnAbsoluteAlert() {
    // 1% of 100/s is 1 failure per second: within a 5% error rate, far above 0.1/s.
    String spec = "{name: ratio, kind: error-rate, max: 5%}";
    assertEquals(Verdict.PASS, judge(spec, i -> i % 100 != 0).verdict());
    assertEquals(Verdict.FAIL, judge("{name: alert, kind: error-frequency, max: 0.1/s, window: 10s}", i -> i % 100 != 0).verdict());
  }

  @Test
  void exactlyAtTheMaximumDoesNotFireAndOneFailureMoreDoes() {
    // one failure per second: every window holds 10, exactly the 1/s × 10 s allowed (the rule is "above")
    ObjectiveResult at = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}", i -> i % 100 != 0);
    assertEquals(Verdict.PASS, at.verdict(), Words.reason(at));
    assertEquals(1, at.measurement().estimate(), 1e-12);
    // and one more failure in steady second 12 puts 11 into every window that holds it
    ObjectiveResult above = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s}",
        i -> i % 100 != 0 && i != 1_250);
    assertEquals(Verdict.FAIL, above.verdict(), Words.reason(above));
    assertEquals(1.1, above.measurement().estimate(), 1e-12);
  }

  @Test
  void anAllowanceBelowOneFailureStillPassesACleanRunAndFailsOnTheFirstFailure() {
    // 0.01/s over 10 s allows a tenth of a failure: a scaled-down alert; a clean run would not fire it
    ObjectiveResult clean = judge("{name: alert, kind: error-frequency, max: 0.01/s, window: 10s}", i -> true);
    assertEquals(Verdict.PASS, clean.verdict(), Words.reason(clean));
    ObjectiveResult one = judge("{name: alert, kind: error-frequency, max: 0.01/s, window: 10s}", i -> i != 2_000);
    assertEquals(Verdict.FAIL, one.verdict(), Words.reason(one));
    assertTrue(Words.reason(one).contains("(1 failed, from second "), Words.reason(one));
  }

  @Test
  void tooFewRequestsForTheObjectivesMinimumAreInconclusive() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 10s, minSamples: 5000}", i -> true);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict(), Words.reason(result));
  }

  @Test
  void phasesShorterThanTheWindowAreInconclusive() {
    ObjectiveResult result = judge("{name: alert, kind: error-frequency, max: 1/s, window: 1m}", i -> true);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertEquals("The judged phases in steady offer at most 29 s without a break, shorter than the 60 s window, so no window "
        + "fits and nothing was judged.", Words.reason(result));
    assertEquals(null, result.measurement().estimate());
  }

  @Test
  void aRequestSelectorCountsOnlyItsFailures() {
    // Warm-up at its planned 100/s: a warm-up 300 users short would leave steady's users 7.5 s behind the plan.
    RunRecord record = new SyntheticRun()
        .load(0, 5_000, 100, "GET /a", i -> 800, i -> true)
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
    assertEquals("No request matched 'GET /c' in steady (requests seen: GET /a, POST /b).", Words.reason(none));
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
    assertEquals(Verdict.PASS, together.verdict(), Words.reason(together));
    // 2.25 s to 18.25 s of the run: seconds 3 to 17 are whole, 15 of them, so 4 windows of 12 s
    assertTrue(Words.reason(together).contains("in steady + fault peaked at 0/s") && Words.reason(together).contains("4 windows looked at"),
        Words.reason(together));

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
    assertEquals(Verdict.PASS, result.verdict(), Words.reason(result));
    assertEquals(1, result.target().value(), 1e-12);
    assertTrue(Words.reason(result).contains("worst 10 s window"), Words.reason(result));
    assertTrue(Words.notes(evaluation).contains("The run plan scales the documented workload down by 10, so rates and windows were "
        + "divided by it (alert max 10/s over 100 s → 1/s over 10 s); latency thresholds and ratios are never scaled, nor failover maxima by the workload."),
        Words.notes(evaluation).toString());
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
    assertTrue(Words.reason(result).contains("in the whole run (no run plan"), Words.reason(result));
  }

  @Test
  void failuresInPhasesShorterThanTheWindowThatAlreadyExceedAWholeWindowFailEvenWhenInconclusivePasses() {
    // steady holds 29 s, the window is 60 s: a whole window allows 60 failures. 61 failures within the 29 s
    // already fire the alert whatever the other 31 s held; 60 do not show it, so that stays INCONCLUSIVE.
    String alert = "{name: alert, kind: error-frequency, max: 1/s, window: 1m}";
    ObjectiveResult shown = judge(alert, i -> i < 1_000 || i >= 1_061);
    assertEquals(Verdict.FAIL, shown.verdict(), Words.reason(shown));
    assertTrue(Words.reason(shown).startsWith("Failed requests of all requests in steady: 61 failed within 29 s, from second "),
        Words.reason(shown));
    assertTrue(Words.reason(shown).endsWith(" of the run in steady, already more than the 60 a whole 60 s window allows (1/s "
        + "maximum): no whole window fits, but the alert would have fired whatever the rest of the window held (breach "
        + "already shown)."), Words.reason(shown));
    GatePolicy passInconclusive = GatePolicy.parse("pass");
    assertFalse(Gate.decide(shown.verdict(), passInconclusive).passed());

    ObjectiveResult notShown = judge(alert, i -> i < 1_000 || i >= 1_060);
    assertEquals(Verdict.INCONCLUSIVE, notShown.verdict(), Words.reason(notShown));
    assertTrue(Gate.decide(notShown.verdict(), passInconclusive).passed());
  }

  @Test
  void tooFewRequestsStillFailWhenTheFailuresCountedAlreadyFireTheAlert() {
    String alert = "{name: alert, kind: error-frequency, max: 1/s, window: 10s, minSamples: 5000}";
    ObjectiveResult fired = judge(alert, i -> i < 1_500 || i >= 1_600);
    assertEquals(Verdict.FAIL, fired.verdict(), Words.reason(fired));
    assertTrue(Words.reason(fired).endsWith("above the 1/s maximum: the alert would have fired."), Words.reason(fired));
    ObjectiveResult quiet = judge(alert, i -> i < 1_500 || i >= 1_510);
    assertEquals(Verdict.INCONCLUSIVE, quiet.verdict(), Words.reason(quiet));
  }
}
