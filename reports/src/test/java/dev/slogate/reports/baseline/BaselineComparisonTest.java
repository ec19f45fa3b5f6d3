package dev.slogate.reports.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative objectives on real runs of the reference stack (see {@link Fixtures}). */
class BaselineComparisonTest {

  @Test
  void addedLatencyIsFlaggedAsRegressionAgainstAHealthyBaseline() {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Regression regression = input.regression();
    assertEquals(Regression.Status.COMPARED, regression.status());
    assertEquals(List.of("p50-latency-vs-baseline", "p95-latency-vs-baseline", "p99-latency-vs-baseline"),
        regression.results().stream().map(ObjectiveResult::name).toList());
    for (ObjectiveResult result : regression.results()) {
      assertEquals(Verdict.FAIL, result.verdict(), result.reason());
      // +120 ms was added to every request: the whole interval of the rise lies near it.
      assertTrue(result.measurement().lowerBound() > 100 && result.measurement().upperBound() < 140, result.reason());
      assertTrue(result.reason().contains("a regression"), result.reason());
    }
    assertTrue(input.evaluation().results().containsAll(regression.results()), "relative objectives are judged with the rest");
    assertEquals(Verdict.FAIL, input.evaluation().verdict());
    assertTrue(input.evaluation().summary().contains("p95-latency-vs-baseline"), input.evaluation().summary());
  }

  @Test
  void twoHealthyRunsAreNotARegression() {
    for (String[] pair : new String[][] {{"healthy-b", "healthy-a"}, {"healthy-a", "healthy-b"}}) {
      ReportInput input = Fixtures.judged(pair[0], pair[1], GatePolicy.DEFAULT);
      assertEquals(Regression.Status.COMPARED, input.regression().status());
      for (ObjectiveResult result : input.regression().results()) {
        assertNotEquals(Verdict.FAIL, result.verdict(), pair[0] + " vs " + pair[1] + ": " + result.reason());
      }
      // The medians of the two runs are both 3 ms: that comparison is decided, and passes.
      assertEquals(Verdict.PASS, input.regression().results().get(0).verdict(), input.regression().results().get(0).reason());
    }
  }

  @Test
  void aRunComparedWithItselfPassesEveryRelativeObjective() {
    ReportInput input = Fixtures.judged("healthy-a", "healthy-a", GatePolicy.DEFAULT);
    for (ObjectiveResult result : input.regression().results()) {
      assertEquals(Verdict.PASS, result.verdict(), result.reason());
      assertEquals(0, result.measurement().estimate());
    }
    assertEquals(Verdict.PASS, input.evaluation().verdict());
  }

  @Test
  void noBaselineWhenOneIsRequiredIsInconclusiveNeverPass() {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    ReportInput input = RunJudgement.judge(folder, null, RegressionCriteria.defaults().withRequired(true),
        GatePolicy.DEFAULT, Fixtures.CLOCK);
    assertEquals(Regression.Status.NO_BASELINE, input.regression().status());
    assertEquals(3, input.regression().results().size());
    input.regression().results().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict()));
    assertEquals(Verdict.INCONCLUSIVE, input.evaluation().verdict(), "a healthy run with a missing baseline is not a PASS");
    assertFalse(input.gate().passed());
  }

  @Test
  void noBaselineAndNoneAskedForLeavesTheEvaluationAlone() {
    ReportInput input = Fixtures.judged("healthy-a", null, GatePolicy.DEFAULT);
    assertEquals(Regression.Status.NOT_REQUESTED, input.regression().status());
    assertTrue(input.regression().results().isEmpty());
    assertEquals(5, input.evaluation().results().size());
    assertEquals(Verdict.PASS, input.evaluation().verdict());
    assertTrue(input.regression().reason().startsWith("No baseline"), input.regression().reason());
  }

  @Test
  void incompatibleRunsAreRefusedWithTheFirstDifference() {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-b"));
    Baseline healthy = Baseline.load(Fixtures.run("healthy-a"));

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
    ReportInput input = RunJudgement.judge(folder, baseline, RegressionCriteria.defaults().withRequired(true),
        GatePolicy.DEFAULT, Fixtures.CLOCK);
    assertEquals(Regression.Status.REFUSED, input.regression().status());
    assertEquals("Baseline run " + baseline.runId() + " refused: " + reason + ".", input.regression().reason());
    input.regression().results().forEach(r -> assertEquals(Verdict.INCONCLUSIVE, r.verdict()));
    assertNotEquals(Verdict.PASS, input.evaluation().verdict());
  }

  @Test
  void baselinesLoadFromRunFoldersAndPinnedFiles() {
    Baseline folder = Baseline.load(Fixtures.run("healthy-a"));
    assertEquals("reference-stack", folder.system());
    assertEquals("steadyload-20261124-071944-652", folder.runId());
    assertEquals(3, folder.plan().phases().size());
    Baseline bareRecord = Baseline.load(Fixtures.run("healthy-a").resolve("run-record.json.gz"));
    assertEquals("reference-stack", bareRecord.system(), "slo.yaml beside the record names the system");
    assertNull(Baseline.pinned("no-such-system", Fixtures.run("healthy-a")).orElse(null));
  }
}
