package dev.slogate.slo.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Reason;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.pipeline.Judgement;
import dev.slogate.slo.pipeline.JudgingPipeline;
import dev.slogate.slo.pipeline.RunSource;
import dev.slogate.slo.pipeline.RunToJudge;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relative objectives on real runs of the reference stack, judged by the pipeline. The run folders under
 * {@code src/test/resources/runs/} (record, plan, SLO file) were produced by {@code gatling:test} of the SteadyLoad
 * simulation against the embedded reference stack (3 s warm-up, 8 s steady, 200 users/s): {@code healthy-a} and
 * {@code healthy-b} healthy, {@code added-latency} with {@code -Dslogate.stack.addLatency=120ms}; the same runs as
 * the reports module's fixtures.
 */
class BaselineComparisonTest {

  /** A run folder read back: what {@code slogate report} judges. */
  record RunFolder(RunRecord record, RunPlan plan, SloSpec spec) {
    static RunFolder load(Path directory) {
      return new RunFolder(RunRecordIO.load(directory.resolve(RunRecordIO.FILE_NAME)),
          RunPlanIO.read(directory.resolve(RunPlanIO.FILE_NAME)), SloSpecs.load(directory.resolve("slo.yaml").toString()));
    }
  }

  private static Path run(String name) {
    try {
      return Path.of(BaselineComparisonTest.class.getResource("/runs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The pipeline on a run folder without chaos, as {@code slogate report} calls it. */
  private static Judgement judge(RunFolder folder, Baseline baseline, RegressionCriteria criteria, GatePolicy policy) {
    return new JudgingPipeline().judge(new RunToJudge(folder.spec(), RunSource.of(folder.record()), folder.plan(), null,
        baseline, criteria, policy));
  }

  private static Judgement judged(String name, String baselineName, GatePolicy policy) {
    Baseline baseline = baselineName == null ? null : Baseline.load(run(baselineName));
    return judge(RunFolder.load(run(name)), baseline, RegressionCriteria.defaults().withRequired(baseline != null), policy);
  }

  @Test
  void addedLatencyIsFlaggedAsRegressionAgainstAHealthyBaseline() {
    Judgement input = judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Regression regression = input.regression();
    assertEquals(Regression.Status.COMPARED, regression.status());
    assertEquals(List.of("p50-latency-vs-baseline", "p95-latency-vs-baseline", "p99-latency-vs-baseline"),
        regression.results().stream().map(ObjectiveResult::name).toList());
    for (ObjectiveResult result : regression.results()) {
      assertEquals(Verdict.FAIL, result.verdict(), String.valueOf(result.reason()));
      // +120 ms was added to every request: the whole interval of the rise lies near it.
      assertTrue(result.measurement().lowerBound() > 100 && result.measurement().upperBound() < 140,
          String.valueOf(result.reason()));
      // reports word a FAIL of the rise "…, more than the N ms allowed: a regression (…)"
      assertTrue(result.reason() instanceof Reason.RiseCompared rise && rise.verdict() == Verdict.FAIL
          && rise.measurement().equals(result.measurement()), String.valueOf(result.reason()));
    }
    assertTrue(input.evaluation().results().containsAll(regression.results()), "relative objectives are judged with the rest");
    assertEquals(Verdict.FAIL, input.evaluation().verdict());
    assertTrue(input.evaluation().summary().names().get(Verdict.FAIL).contains("p95-latency-vs-baseline"),
        input.evaluation().summary().toString());
  }

  @Test
  void twoHealthyRunsAreNotARegression() {
    for (String[] pair : new String[][] {{"healthy-b", "healthy-a"}, {"healthy-a", "healthy-b"}}) {
      Judgement input = judged(pair[0], pair[1], GatePolicy.DEFAULT);
      assertEquals(Regression.Status.COMPARED, input.regression().status());
      for (ObjectiveResult result : input.regression().results()) {
        assertNotEquals(Verdict.FAIL, result.verdict(), pair[0] + " vs " + pair[1] + ": " + result.reason());
      }
      // The medians of the two runs are both 3 ms: that comparison is decided, and passes.
      assertEquals(Verdict.PASS, input.regression().results().get(0).verdict(),
          String.valueOf(input.regression().results().get(0).reason()));
    }
  }

  @Test
  void aRunComparedWithItselfPassesEveryRelativeObjective() {
    Judgement input = judged("healthy-a", "healthy-a", GatePolicy.DEFAULT);
    for (ObjectiveResult result : input.regression().results()) {
      assertEquals(Verdict.PASS, result.verdict(), String.valueOf(result.reason()));
      assertEquals(0, result.measurement().estimate());
    }
    assertEquals(Verdict.PASS, input.evaluation().verdict());
  }

  @Test
  void noBaselineWhenOneIsRequiredIsInconclusiveNeverPass() {
    RunFolder folder = RunFolder.load(run("healthy-a"));
    Judgement input = judge(folder, null, RegressionCriteria.defaults().withRequired(true),
        GatePolicy.DEFAULT);
    assertEquals(Regression.Status.NO_BASELINE, input.regression().status());
    assertEquals(3, input.regression().results().size());
    input.regression().results().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict()));
    assertEquals(Verdict.INCONCLUSIVE, input.evaluation().verdict(), "a healthy run with a missing baseline is not a PASS");
    assertFalse(input.gate().passed());
  }

  @Test
  void noBaselineAndNoneAskedForLeavesTheEvaluationAlone() {
    Judgement input = judged("healthy-a", null, GatePolicy.DEFAULT);
    assertEquals(Regression.Status.NOT_REQUESTED, input.regression().status());
    assertTrue(input.regression().results().isEmpty());
    assertEquals(5, input.evaluation().results().size());
    assertEquals(Verdict.PASS, input.evaluation().verdict());
    // reports word NOT_REQUESTED "No baseline: no regression comparison was made (…)."
    assertNull(input.regression().refusal());
  }

  /**
   * The same +120 ms rise that {@link #addedLatencyIsFlaggedAsRegressionAgainstAHealthyBaseline} FAILs, judged on a
   * plan that asked twice the rate the injector reached: the rise may be the injector's own queueing, so it is
   * INVALID and never charged to the target.
   */
  @Test
  void aRiseOnAPhaseTheInjectorDidNotDriveAsPlannedIsInvalidNotAFail() {
    RunFolder slow = RunFolder.load(run("added-latency"));
    Baseline healthy = Baseline.load(run("healthy-a"));
    Baseline overPlannedBaseline = new Baseline(healthy.record(), doubledSteadyRate(healthy.plan()), healthy.system(),
        "healthy-a-over-planned");
    Judgement input = judge(new RunFolder(slow.record(), doubledSteadyRate(slow.plan()), slow.spec()),
        overPlannedBaseline, RegressionCriteria.defaults().withRequired(true), GatePolicy.DEFAULT);

    assertEquals(Regression.Status.COMPARED, input.regression().status(), "refused: " + input.regression().refusal());
    assertEquals(3, input.regression().results().size());
    for (ObjectiveResult result : input.regression().results()) {
      assertEquals(Verdict.INVALID, result.verdict(), String.valueOf(result.reason()));
      // reports word it "…, so the comparison is neither passed nor failed; p50 of … : a regression (…)."
      assertTrue(result.reason() instanceof Reason.ComparisonOnInvalidLoad invalid && invalid.phase().isInvalid(),
          String.valueOf(result.reason()));
      Reason rise = ((Reason.ComparisonOnInvalidLoad) result.reason()).comparison();
      assertTrue(rise instanceof Reason.RiseCompared compared && compared.verdict() == Verdict.FAIL,
          "the rise is still reported: " + rise);
    }
    assertEquals(Verdict.INVALID, input.evaluation().verdict());
    assertFalse(input.gate().passed());
  }

  private static RunPlan doubledSteadyRate(RunPlan plan) {
    List<Phase> phases = new ArrayList<>(plan.phases());
    Phase steady = phases.get(1);
    phases.set(1, Phase.constant(steady.name(), steady.kind(), steady.startOffsetMillis(), steady.durationMillis(),
        2 * steady.endRate()));
    return new RunPlan(plan.schema(), plan.runId(), plan.simulation(), plan.target(), plan.scaleFactor(), phases,
        plan.properties(), plan.targetTimeScale(), plan.injectionDelayMillis());
  }

  @Test
  void incompatibleRunsAreRefusedWithTheFirstDifference() {
    RunFolder folder = RunFolder.load(run("healthy-b"));
    Baseline healthy = Baseline.load(run("healthy-a"));

    RunPlan plan = healthy.plan();
    List<Phase> faster = new ArrayList<>(plan.phases());
    Phase steady = faster.get(1);
    faster.set(1, Phase.constant(steady.name(), steady.kind(), steady.startOffsetMillis(), steady.durationMillis(), 400));
    Baseline otherRate = new Baseline(healthy.record(), new RunPlan(plan.schema(), plan.runId(), plan.simulation(), plan.target(),
        plan.scaleFactor(), faster, plan.properties()), healthy.system(), "other-rate");
    assertRefused(folder, otherRate, "phase 2 plans 400/s in the baseline and 200/s here");

    RunRecord record = healthy.record();
    RunRecord otherSimulation = RunRecord.of(new dev.slogate.slo.record.RunMetadata(record.metadata().runId(), "com.example.Other",
        record.metadata().epochStartMillis(), record.metadata().scenarios(), record.metadata().injectors(), true),
        List.copyOf(record.slices().values()));
    assertRefused(folder, new Baseline(otherSimulation, plan, healthy.system(), "other-simulation"),
        "the baseline ran simulation com.example.Other, this run dev.slogate.simulations.SteadyLoad");

    assertRefused(folder, new Baseline(record, plan, "shop", "other-system"),
        "the baseline was judged for system shop, this run for reference-stack");
    assertRefused(folder, new Baseline(record, null, healthy.system(), "no-plan"),
        "the baseline has no run plan, so its phases cannot be matched with this run's");
  }

  private static void assertRefused(RunFolder folder, Baseline baseline, String reason) {
    Judgement input = judge(folder, baseline, RegressionCriteria.defaults().withRequired(true),
        GatePolicy.DEFAULT);
    assertEquals(Regression.Status.REFUSED, input.regression().status());
    // reports word it "Baseline run <id> refused: <reason>."
    assertEquals(baseline.runId(), input.regression().baselineRunId());
    assertEquals(reason, input.regression().refusal());
    input.regression().results().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict()));
    assertNotEquals(Verdict.PASS, input.evaluation().verdict());
  }

  @Test
  void baselinesLoadFromRunFoldersAndPinnedFiles() {
    Baseline folder = Baseline.load(run("healthy-a"));
    assertEquals("reference-stack", folder.system());
    assertEquals("steadyload-20261124-071944-652", folder.runId());
    assertEquals(3, folder.plan().phases().size());
    Baseline bareRecord = Baseline.load(run("healthy-a").resolve("run-record.json.gz"));
    assertEquals("reference-stack", bareRecord.system(), "slo.yaml beside the record names the system");
    assertNull(Baseline.pinned("no-such-system", run("healthy-a")).orElse(null));
  }
}
