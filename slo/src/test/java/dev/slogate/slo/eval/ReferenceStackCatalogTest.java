package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import dev.slogate.slo.spec.AvailabilityObjective;
import dev.slogate.slo.spec.FailoverObjective;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import dev.slogate.slo.spec.ThroughputObjective;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/** The embedded reference stack's own SLO file parses, passes a healthy run, fails a degraded one. */
class ReferenceStackCatalogTest {

  private final SloSpec spec = SloSpecs.load(SloSpecs.REFERENCE_STACK);

  /** The default profile at ~200 req/s: items 45%, orders 35%, fast 20%, no errors. */
  private static RunRecord referenceRun(IntToLongFunction items, IntToLongFunction orders) {
    SyntheticRun run = new SyntheticRun()
        .load(0, 5_000, 100, "GET /api/items", i -> 800, i -> true)
        .load(5_000, 35_000, 90, "GET /api/items", items, i -> true)
        .load(5_000, 35_000, 70, "POST /api/orders", orders, i -> true)
        .load(5_000, 35_000, 40, "GET /api/fast", i -> 0, i -> true)
        .load(35_000, 40_000, 100, "GET /api/items", i -> 2, i -> true);
    return run.build();
  }

  @Test
  void parsesTheObjectivesOfTheDefaultProfile() {
    assertEquals("reference-stack", spec.system());
    assertEquals(List.of("p50-latency", "p95-latency", "p99-latency", "availability", "throughput", "failover", "data-durability"),
        spec.objectives().stream().map(Objective::name).toList());
    assertEquals(100, ((LatencyObjective) spec.objective("p99-latency").orElseThrow()).thresholdMillis());
    assertEquals(0.99, ((AvailabilityObjective) spec.objective("availability").orElseThrow()).target());
    assertEquals(100, ((ThroughputObjective) spec.objective("throughput").orElseThrow()).minPerSecond());
    assertEquals(5000, ((FailoverObjective) spec.objective("failover").orElseThrow()).maxMillis());
  }

  @Test
  void aHealthyReferenceRunPassesEverythingButFailoverWhichHasNoFault() {
    RunRecord record = referenceRun(SyntheticRun.lognormal(2, 8), SyntheticRun.lognormal(5, 20));
    Evaluation evaluation = new Evaluator().evaluate(spec, record, SyntheticRun.plan(200));
    for (ObjectiveResult result : evaluation.results()) {
      Verdict expected = result.objective().kind() == ObjectiveKind.FAILOVER ? Verdict.INCONCLUSIVE : Verdict.PASS;
      assertEquals(expected, result.verdict(), String.valueOf(result.reason()));
    }
    assertEquals(Verdict.INCONCLUSIVE, evaluation.verdict());
    assertEquals("data-durability", evaluation.notCovered().get(0).name());
    assertEquals(Verdict.PASS, new Evaluator().evaluate(spec.without(ObjectiveKind.FAILOVER), record, SyntheticRun.plan(200)).verdict());
  }

  @Test
  void aDegradedReferenceRunFails() {
    RunRecord record = referenceRun(SyntheticRun.lognormal(40, 300), SyntheticRun.lognormal(60, 400));
    Evaluation evaluation = new Evaluator().evaluate(spec.without(ObjectiveKind.FAILOVER), record, SyntheticRun.plan(200));
    assertEquals(Verdict.FAIL, evaluation.verdict());
    assertEquals(Verdict.FAIL, evaluation.result("p99-latency").orElseThrow().verdict());
  }

  @Test
  void recordsFromTheBuilderAreWhatTheEvaluatorReads() {
    // a guard that the synthetic helper really goes through RunRecordBuilder, as the log reader does
    RunRecord record = new RunRecordBuilder().build(SyntheticRun.empty().metadata());
    assertEquals(Verdict.INCONCLUSIVE, new Evaluator().evaluate(spec, record).verdict());
  }
}
