package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.health.Timelines;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.SloSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What no single objective decides: plans, load validity, empty and incomplete records, the overall verdict. */
class RunLevelChecksTest {

  private static final SloSpec SPEC = Specs.of(
      "{name: p99, kind: latency, percentile: 99, threshold: 100ms}",
      "{name: errors, kind: error-rate, max: 1%}",
      "{name: throughput, kind: throughput, min: 100/s}");

  private final Evaluator evaluator = new Evaluator();

  private static RunRecord healthy(boolean complete) {
    return SyntheticRun.planned(200, SyntheticRun.lognormal(2, 8), i -> true).build(complete);
  }

  @Test
  void aHealthyRunPasses() {
    // healthy, its injector's health recorded: nothing to note
    RunRecord run = healthy(true).withInjectorTimeline(
        Timelines.healthy(SyntheticRun.EPOCH_SECOND, SyntheticRun.EPOCH_SECOND + 41));
    Evaluation evaluation = evaluator.evaluate(SPEC, run, SyntheticRun.plan(200));
    assertEquals(Verdict.PASS, evaluation.verdict());
    assertEquals("PASS: all 3 judged objectives passed.", Words.summary(evaluation));
    assertTrue(evaluation.planProvided());
    assertEquals(List.of(), Words.notes(evaluation));
    assertEquals(1, evaluation.phases().size());
    assertEquals(LoadStatus.VALID, evaluation.phases().get(0).status());
    assertEquals("run-1", evaluation.run().runId());
  }

  @Test
  void zeroRequestsIsNeverAPass() {
    Evaluation withoutPlan = evaluator.evaluate(SPEC, SyntheticRun.empty());
    assertEquals(Verdict.INCONCLUSIVE, withoutPlan.verdict());
    withoutPlan.results().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict(), Words.reason(r)));
    assertTrue(Words.reason(withoutPlan.results().get(0)).startsWith("No requests in the whole run"));

    // a plan promised traffic: the run itself is broken
    Evaluation withPlan = evaluator.evaluate(SPEC, SyntheticRun.empty(), SyntheticRun.plan(200));
    assertEquals(Verdict.INVALID, withPlan.verdict());
    withPlan.results().forEach(r -> assertEquals(Verdict.INVALID, r.verdict(), Words.reason(r)));
    assertEquals("the injector did not reach the planned rate in steady: 0 of 5,800 planned arrivals (0%)",
        Words.load(withPlan.phases().get(0)));
  }

  @Test
  void anIncompleteRecordNeverPasses() {
    Evaluation evaluation = evaluator.evaluate(SPEC, healthy(false), SyntheticRun.plan(200));
    assertEquals(Verdict.INVALID, evaluation.verdict());
    evaluation.results().forEach(r -> {
      assertEquals(Verdict.INVALID, r.verdict());
      assertTrue(Words.reason(r).startsWith("The run record is incomplete (the log ended early), so this cannot pass; on the data seen: "), Words.reason(r));
    });
    assertTrue(Words.notes(evaluation).contains(
        "The run record is incomplete (the log ended early, e.g. a crashed injector): the verdict cannot be PASS."));
    assertTrue(Words.summary(evaluation).startsWith("INVALID: the run record is incomplete; "), Words.summary(evaluation));
  }

  @Test
  void anIncompleteRecordStillReportsWhatClearlyFailed() {
    RunRecord degraded = SyntheticRun.planned(200, SyntheticRun.lognormal(200, 800), i -> true).build(false);
    Evaluation evaluation = evaluator.evaluate(SPEC, degraded, SyntheticRun.plan(200));
    assertEquals(Verdict.FAIL, evaluation.result("p99").orElseThrow().verdict());
    assertEquals(Verdict.INVALID, evaluation.result("errors").orElseThrow().verdict());
    assertEquals(Verdict.FAIL, evaluation.verdict());
  }

  @Test
  void aPlanFarAboveWhatWasAchievedIsInvalidNotFail() {
    RunRecord slow = SyntheticRun.planned(200, SyntheticRun.lognormal(200, 800), i -> true).build();
    Evaluation evaluation = evaluator.evaluate(SPEC, slow, SyntheticRun.plan(1000));
    assertEquals(Verdict.INVALID, evaluation.verdict());
    ObjectiveResult p99 = evaluation.result("p99").orElseThrow();
    assertEquals(Verdict.INVALID, p99.verdict());
    assertTrue(Words.reason(p99).startsWith("The injector did not reach the planned rate in steady: 5,800 of 29,000 planned "
        + "arrivals (20%), so this objective is neither passed nor failed (measured p99 "), Words.reason(p99));
    assertEquals(Verdict.INVALID, evaluation.result("throughput").orElseThrow().verdict());
    assertEquals(LoadStatus.INVALID, evaluation.phases().get(0).status());
    assertEquals(5800, evaluation.phases().get(0).achievedArrivals());
  }

  @Test
  void withoutAPlanTheWholeRunIsOnePhaseAndTheReasonSaysSo() {
    RunRecord record = healthy(true);
    Evaluation planned = evaluator.evaluate(SPEC, record, SyntheticRun.plan(200));
    Evaluation unplanned = evaluator.evaluate(SPEC, record);
    assertEquals(Verdict.PASS, planned.result("p99").orElseThrow().verdict());
    // the cold warm-up (500 requests at 800 ms) now counts: 7% of requests
    ObjectiveResult p99 = unplanned.result("p99").orElseThrow();
    assertEquals(Verdict.FAIL, p99.verdict());
    assertEquals(List.of(PhaseWindow.WHOLE_RUN), p99.phases());
    assertEquals(7000, p99.measurement().samples());
    assertTrue(Words.reason(p99).startsWith(
        "p99 of all requests in the whole run (no run plan, so 'steady' is the whole run, warm-up included) was 800 ms"), Words.reason(p99));
    assertFalse(unplanned.planProvided());
    assertTrue(Words.notes(unplanned).get(0).startsWith("No run plan: the whole run is judged as one phase, 'whole-run'"));
    assertEquals(LoadStatus.NOT_CHECKED, unplanned.phases().get(0).status());
    // throughput leaves out the partial first and last seconds: 6,900 requests in 39 s
    ObjectiveResult throughput = unplanned.result("throughput").orElseThrow();
    assertEquals(6900.0 / 39, throughput.measurement().estimate(), 1e-9);
  }

  @Test
  void phasesMissingFromThePlanAreInconclusive() {
    Evaluation evaluation = evaluator.evaluate(
        Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 100ms, phases: [fault]}"), healthy(true), SyntheticRun.plan(200));
    ObjectiveResult p99 = evaluation.results().get(0);
    assertEquals(Verdict.INCONCLUSIVE, p99.verdict());
    assertEquals("The run plan has no phase matching 'fault' (its phases: warm-up, steady, cool-down), so nothing was judged.", Words.reason(p99));
  }

  @Test
  void closedModelPhasesAreJudgedButNotRateChecked() {
    RunPlan closed = new RunPlan("run-1", "sim", "http://127.0.0.1", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 0),
        Phase.constant("soak", PhaseKind.STEADY, 5_000, 30_000, 0)));
    Evaluation evaluation = evaluator.evaluate(SPEC, healthy(true), closed);
    assertEquals(Verdict.PASS, evaluation.verdict());
    assertEquals(LoadStatus.NOT_CHECKED, evaluation.phases().get(0).status());
    assertTrue(Words.notes(evaluation).contains("Phase soak has no planned arrival rate (closed model), so its load is not checked."),
        Words.notes(evaluation).toString());
  }

  @Test
  void failBeatsInvalidInTheOverallVerdict() {
    // steady is driven as planned and slow; a named fault phase was not driven at all
    RunPlan plan = new RunPlan("run-1", "sim", "http://127.0.0.1", List.of(
        Phase.constant("steady", PhaseKind.STEADY, 5_000, 30_000, 200),
        Phase.constant("fault-1", PhaseKind.FAULT, 40_000, 10_000, 100)));
    RunRecord record = SyntheticRun.planned(200, SyntheticRun.lognormal(200, 800), i -> true).build();
    Evaluation evaluation = evaluator.evaluate(Specs.of(
        "{name: steady-p99, kind: latency, percentile: 99, threshold: 100ms}",
        "{name: fault-errors, kind: error-rate, max: 5%, phases: [fault]}"), record, plan);
    assertEquals(Verdict.FAIL, evaluation.result("steady-p99").orElseThrow().verdict());
    assertEquals(Verdict.INVALID, evaluation.result("fault-errors").orElseThrow().verdict());
    assertEquals(Verdict.FAIL, evaluation.verdict());
    assertEquals("FAIL: of 2 objectives, 1 failed (steady-p99), 1 invalid (fault-errors).", Words.summary(evaluation));
  }

  @Test
  void notVerifiableObjectivesAreListedAndNeverJudged() {
    SloSpec spec = Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 100ms}",
        "{name: durability, kind: not-verifiable, reason: takes years}");
    Evaluation evaluation = evaluator.evaluate(spec, healthy(true), SyntheticRun.plan(200));
    assertEquals(Verdict.PASS, evaluation.verdict());
    assertEquals(1, evaluation.results().size());
    assertEquals("durability", evaluation.notCovered().get(0).name());
    assertEquals("takes years", evaluation.notCovered().get(0).reason());
    assertEquals("PASS: all 1 judged objective passed. 1 not covered.", Words.summary(evaluation));
    assertTrue(Words.notes(evaluation).contains("1 objective is not covered by a load test: durability."));

    Evaluation nothingJudged = evaluator.evaluate(Specs.of("{name: durability, kind: not-verifiable, reason: takes years}"),
        healthy(true), SyntheticRun.plan(200));
    assertEquals(Verdict.INCONCLUSIVE, nothingJudged.verdict());
    assertEquals("INCONCLUSIVE: no objective could be judged. 1 not covered.", Words.summary(nothingJudged));
  }

  @Test
  void tallyCountsEveryVerdict() {
    Evaluation evaluation = evaluator.evaluate(SPEC, healthy(true), SyntheticRun.plan(200));
    assertEquals(3L, evaluation.tally().get(Verdict.PASS));
    assertEquals(0L, evaluation.tally().get(Verdict.FAIL));
    assertEquals(4, evaluation.tally().size());
  }

  @Test
  void verdictOrder() {
    assertEquals(Verdict.FAIL, Verdict.INVALID.worst(Verdict.FAIL));
    assertEquals(Verdict.INVALID, Verdict.INCONCLUSIVE.worst(Verdict.INVALID));
    assertEquals(Verdict.INCONCLUSIVE, Verdict.PASS.worst(Verdict.INCONCLUSIVE));
  }
}
