package dev.slogate.slo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stages chained on a real Gatling 3.15.1 log ({@code gatling-logs/shop}). */
class JudgingPipelineTest {

  private static final Path SHOP = FixtureLogs.log(FixtureLogs.SHOP);
  private static final SloSpec SPEC = SloSpecs.parse("""
      system: shop
      version: "1"
      objectives:
        - {name: all-p95, kind: latency, percentile: 95, threshold: 10s}
        - {name: availability, kind: availability, target: 50%}
        - {name: failover, kind: failover, max: 5s}
      """, "shop.yaml");

  private final JudgingPipeline pipeline = new JudgingPipeline();

  private static RunToJudge run(SloSpec spec, RunSource source, ChaosTimeline timeline, Baseline baseline) {
    return new RunToJudge(spec, source, null, timeline, baseline,
        RegressionCriteria.defaults().withRequired(baseline != null), GatePolicy.DEFAULT);
  }

  /** The shop log, noting whether each read asked for every second. */
  private static RunSource shopLog(List<Boolean> everySecond) {
    RunSource log = RunSource.gatlingLog(SHOP, "shop", ReadOptions.strict());
    return (plan, all) -> {
      everySecond.add(all);
      return log.read(plan, all);
    };
  }

  @Test
  void aLogIsReadWindowedWithoutABaselineAndJudgedAsAFullRecordWouldBe() {
    List<Boolean> everySecond = new ArrayList<>();
    Judgement windowed = pipeline.judge(run(SPEC, shopLog(everySecond), null, null));
    assertEquals(List.of(false), everySecond);
    assertTrue(windowed.measurements() instanceof WindowedRun, windowed.measurements().getClass().getName());

    Judgement full = pipeline.judge(run(SPEC, RunSource.of(SimulationLogReader.read(SHOP, "shop")), null, null));
    assertEquals(full.evaluation().results(), windowed.evaluation().results());
    assertEquals(full.evaluation().summary(), windowed.evaluation().summary());
    assertEquals(Verdict.PASS, windowed.gate().verdict());
    assertSame(Regression.none(), windowed.regression());
  }

  @Test
  void aLoadOnlyRunLeavesFailoverOutAndAChaosRunKeepsIt() {
    RunRecord record = SimulationLogReader.read(SHOP, "shop");
    Judgement loadOnly = pipeline.judge(run(SPEC, RunSource.of(record), null, null));
    assertTrue(loadOnly.failoverLeftOut());
    assertEquals(List.of("all-p95", "availability"), loadOnly.evaluation().results().stream().map(ObjectiveResult::name).toList());
    assertEquals(3, loadOnly.spec().objectives().size(), "the objectives as given are kept");

    Judgement chaos = pipeline.judge(run(SPEC, RunSource.of(record), ChaosTimeline.empty(), null));
    assertFalse(chaos.failoverLeftOut());
    assertEquals(Verdict.INCONCLUSIVE, chaos.evaluation().result("failover").orElseThrow().verdict(), "no fault was injected");

    SloSpec onlyFailover = SPEC.only(o -> o.kind() == ObjectiveKind.FAILOVER);
    assertSame(onlyFailover, LeaveOutFailover.judged(onlyFailover, null), "nothing else could be judged");
    assertEquals(Verdict.INCONCLUSIVE, pipeline.judge(run(onlyFailover, RunSource.of(record), null, null)).gate().verdict());
  }

  @Test
  void aBaselineComparisonReadsEverySecondAndFoldsTheRelativeObjectivesIn() {
    RunRecord record = SimulationLogReader.read(SHOP, "shop");
    Baseline itself = new Baseline(record, null, "shop", "itself");
    List<Boolean> everySecond = new ArrayList<>();
    Judgement judged = pipeline.judge(run(SPEC, shopLog(everySecond), null, itself));
    assertEquals(List.of(true), everySecond);
    assertEquals(Regression.Status.COMPARED, judged.regression().status());
    assertEquals(List.of("all-p95-vs-baseline"), judged.regression().results().stream().map(ObjectiveResult::name).toList());
    assertTrue(judged.evaluation().results().containsAll(judged.regression().results()));
    assertEquals(judged.evaluation().verdict(), judged.gate().verdict(), "the gate decides on the evaluation reported");
  }

  @Test
  void aWindowedRunCannotBeComparedWithABaseline() {
    RunRecord record = SimulationLogReader.read(SHOP, "shop");
    WindowedRun windowed = SimulationLogReader.readWindowed(SHOP, "shop", ReadOptions.strict(),
        PhaseWindows.cutPoints(null));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipeline.judge(
        run(SPEC, RunSource.of(windowed), null, new Baseline(record, null, "shop", "itself"))));
    assertTrue(e.getMessage().contains("needs every second"), e.getMessage());
  }

  @Test
  void anErrorInTheObjectivesIsShownBeforeAnErrorInTheLog() {
    IllegalArgumentException slo = new IllegalArgumentException("bad SLO file");
    RunToJudge run = new RunToJudge(() -> {
      throw slo;
    }, (plan, all) -> {
      throw new IllegalStateException("bad log");
    }, null, null, null, RegressionCriteria.defaults(), GatePolicy.DEFAULT);
    assertSame(slo, assertThrows(IllegalArgumentException.class, () -> pipeline.judge(run)));
  }
}
