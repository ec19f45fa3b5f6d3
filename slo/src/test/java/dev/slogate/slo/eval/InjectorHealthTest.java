package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.PhaseHealth.HealthStatus;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.health.HealthFigures;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.health.Timelines;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.SloSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The injector's health decides whether a phase says anything about the target: an unhealthy phase is INVALID, naming
 * the cause and the figure, and its connection-level failures are charged to no one; a healthy one is judged on the
 * target, its connection-level failures the target's; a run without a timeline keeps that rule and says "injector
 * health not recorded". Each threshold is shown tripped and, just inside it, not.
 */
class InjectorHealthTest {

  private static final SloSpec SPEC = Specs.of(
      "{name: p99, kind: latency, percentile: 99, threshold: 100ms}",
      "{name: errors, kind: error-rate, max: 1%}",
      "{name: throughput, kind: throughput, min: 100/s}");
  private static final long FROM = SyntheticRun.EPOCH_SECOND;
  private static final long TO = SyntheticRun.EPOCH_SECOND + 41;

  private final Evaluator evaluator = new Evaluator();

  private static RunRecord run(InjectorTimeline timeline) {
    return SyntheticRun.planned(200, SyntheticRun.lognormal(2, 8), i -> true).build().withInjectorTimeline(timeline);
  }

  /** Every tenth steady arrival failing with {@code message}: 580 in steady's 29 whole seconds. */
  private static RunRecord failing(IntFunction<String> message, InjectorTimeline timeline) {
    return SyntheticRun.planned(200, SyntheticRun.lognormal(2, 8), i -> i % 10 != 0, message).build()
        .withInjectorTimeline(timeline);
  }

  private Evaluation judge(SloSpec spec, RunRecord run) {
    return evaluator.evaluate(spec, run, SyntheticRun.plan(200));
  }

  @Test
  void aHealthyInjectorLeavesTheVerdictToTheTarget() {
    Evaluation evaluation = judge(SPEC, run(Timelines.healthy(FROM, TO)));
    assertEquals(Verdict.PASS, evaluation.verdict());
    PhaseHealth steady = evaluation.phases().get(0).health();
    assertEquals(HealthStatus.HEALTHY, steady.status());
    assertEquals(29, steady.figures().orElseThrow().sampledSeconds());
    HealthFigures figures = steady.figures().orElseThrow();
    assertEquals(new HealthFinding.Healthy("steady", figures.hiccupP99Millis(), 25), steady.finding());
    assertEquals(0.08, figures.hiccupP99Millis(), 0.0005);
    assertEquals(List.of(), evaluation.notes());
  }

  @Test
  void aStalledInjectorMakesThePhaseInvalidNamingTheHiccups() {
    Evaluation stalled = judge(SPEC, run(Timelines.steady(FROM, TO, 30_000, 0.2, 100, 65_536)));
    assertEquals(Verdict.INVALID, stalled.verdict());
    PhaseValidity steady = stalled.phases().get(0);
    assertEquals(LoadStatus.INVALID, steady.status());
    assertEquals(HealthStatus.UNHEALTHY, steady.health().status());
    HealthFigures figures = steady.health().figures().orElseThrow();
    HealthFinding.Unhealthy unhealthy = new HealthFinding.Unhealthy("steady",
        List.of(new HealthFinding.Stalled(figures.hiccupP99Millis(), 25, OptionalDouble.empty(), 87)), 0);
    assertEquals(unhealthy, steady.health().finding());
    assertEquals(30, figures.hiccupP99Millis(), 0.05);
    // the load check names the unhealthy injector: its arrivals were as planned
    assertEquals(new LoadFinding.InjectorFaults("steady", Map.of(), Optional.of(unhealthy), Optional.empty()),
        steady.finding());
    stalled.results().forEach(r -> assertEquals(Verdict.INVALID, r.verdict(), r.name()));

    // just inside the floor: judged on the target
    assertEquals(Verdict.PASS, judge(SPEC, run(Timelines.steady(FROM, TO, 24_000, 0.2, 100, 65_536))).verdict());
  }

  @Test
  void theHiccupsAllowedGrowWithTheTightestLatencyObjective() {
    SloSpec loose = Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 200ms}",
        "{name: errors, kind: error-rate, max: 1%}");
    assertEquals(Verdict.PASS, judge(loose, run(Timelines.steady(FROM, TO, 30_000, 0.2, 100, 65_536))).verdict());
    Evaluation stalled = judge(loose, run(Timelines.steady(FROM, TO, 60_000, 0.2, 100, 65_536)));
    assertEquals(Verdict.INVALID, stalled.verdict());
    PhaseHealth health = stalled.phases().get(0).health();
    assertTrue(health.finding() instanceof HealthFinding.Unhealthy u && u.problems().size() == 1
        && u.problems().get(0) instanceof HealthFinding.Stalled stall && stall.allowedMillis() == 50
        && stall.tightestObjectiveMillis().equals(OptionalDouble.of(200)) && Math.abs(stall.hiccupP99Millis() - 60) < 0.05,
        String.valueOf(health.finding()));
  }

  @Test
  void aCpuBoundInjectorMakesThePhaseInvalid() {
    Evaluation bound = judge(SPEC, run(Timelines.steady(FROM, TO, 80, 0.9, 100, 65_536)));
    assertEquals(Verdict.INVALID, bound.verdict());
    PhaseHealth health = bound.phases().get(0).health();
    assertEquals(new HealthFinding.Unhealthy("steady",
        List.of(new HealthFinding.CpuBound(health.figures().orElseThrow().processCpu(), 0.85)), 0), health.finding());
    assertEquals(0.9, health.figures().orElseThrow().processCpu(), 1e-9);
    assertEquals(Verdict.PASS, judge(SPEC, run(Timelines.steady(FROM, TO, 80, 0.8, 100, 65_536))).verdict());
  }

  @Test
  void descriptorsNearTheLimitMakeThePhaseInvalidBeforeAnyRequestFails() {
    Evaluation near = judge(SPEC, run(Timelines.steady(FROM, TO, 80, 0.2, 950, 1_024)));
    assertEquals(Verdict.INVALID, near.verdict());
    assertEquals(new HealthFinding.Unhealthy("steady",
        List.of(new HealthFinding.DescriptorsNearLimit(950, 1_024, 950 / 1_024.0, 0.9)), 0),
        near.phases().get(0).health().finding());
    assertEquals(Verdict.PASS, judge(SPEC, run(Timelines.steady(FROM, TO, 80, 0.2, 900, 1_024))).verdict());
  }

  @Test
  void connectionLevelFailuresAreTheTargetsOnlyWhileTheInjectorWasHealthy() {
    IntFunction<String> closed = i -> LoadValidityCheckTest.PREMATURE_CLOSE;
    Evaluation healthy = judge(SPEC, failing(closed, Timelines.healthy(FROM, TO)));
    assertEquals(LoadStatus.VALID, healthy.phases().get(0).status());
    assertEquals(Verdict.FAIL, healthy.result("errors").orElseThrow().verdict());
    assertEquals(Verdict.FAIL, healthy.verdict());

    Evaluation stalled = judge(SPEC, failing(closed, Timelines.steady(FROM, TO, 30_000, 0.2, 100, 65_536)));
    assertEquals(Verdict.INVALID, stalled.result("errors").orElseThrow().verdict());
    assertEquals(Verdict.INVALID, stalled.verdict());
    assertTrue(stalled.phases().get(0).health().finding() instanceof HealthFinding.Unhealthy u
        && u.connectionLevelFailures() == 580, String.valueOf(stalled.phases().get(0).health().finding()));
  }

  @Test
  void withoutATimelineHealthIsNotRecordedAndConnectionFailuresStayTheTargets() {
    Evaluation unknown = judge(SPEC, failing(i -> LoadValidityCheckTest.PREMATURE_CLOSE, InjectorTimeline.notRecorded()));
    assertEquals(HealthStatus.NOT_RECORDED, unknown.phases().get(0).health().status());
    assertEquals(Verdict.FAIL, unknown.result("errors").orElseThrow().verdict());
    assertEquals(List.of(notRecorded(new HealthFinding.NoTimeline())), unknown.notes());
    // and a run that would pass still passes, saying so
    Evaluation passing = judge(SPEC, run(InjectorTimeline.notRecorded()));
    assertEquals(Verdict.PASS, passing.verdict());
    assertTrue(passing.notes().get(0) instanceof Note.HealthNotRecorded n
        && n.health().finding().equals(new HealthFinding.NoTimeline()), passing.notes().toString());
  }

  @Test
  void aPhaseTheSamplerMissedIsNotRecordedNotHealthy() {
    // the timeline stops in warm-up
    Evaluation evaluation = judge(SPEC, run(Timelines.healthy(FROM, FROM + 5)));
    assertEquals(HealthStatus.NOT_RECORDED, evaluation.phases().get(0).health().status());
    assertEquals(List.of(notRecorded(new HealthFinding.NoSecondSampled("steady"))), evaluation.notes());
  }

  /** The note of a run whose health is unknown; reports word it ("Injector health not recorded: …."). */
  private static Note notRecorded(HealthFinding finding) {
    return new Note.HealthNotRecorded(new PhaseHealth(HealthStatus.NOT_RECORDED, Optional.empty(), finding));
  }
}
