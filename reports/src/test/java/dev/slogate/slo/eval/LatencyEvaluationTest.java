package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Wording;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.record.RunRecord;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyEvaluationTest {

  private static final IntToLongFunction HEALTHY = SyntheticRun.lognormal(2, 8);
  private static final IntToLongFunction DEGRADED = SyntheticRun.lognormal(200, 800);

  private final Evaluator evaluator = new Evaluator();

  private ObjectiveResult judge(String objective, IntToLongFunction steadyLatency) {
    RunRecord record = SyntheticRun.planned(200, steadyLatency, i -> true).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(200)).results().get(0);
  }

  /** Nearest-rank percentile of what the steady window holds: arrivals 150..5949 of the steady phase. */
  private static long expectedPercentile(IntToLongFunction latency, double p) {
    long[] sorted = IntStream.range(150, 5950).mapToLong(latency::applyAsLong).sorted().toArray();
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  @Test
  void healthyLatencyPasses() {
    ObjectiveResult p99 = judge("{name: p99, kind: latency, percentile: 99, threshold: 100ms}", HEALTHY);
    assertEquals(Verdict.PASS, p99.verdict());
    Measurement m = p99.measurement();
    assertEquals(5800, m.samples());
    assertEquals(expectedPercentile(HEALTHY, 0.99), m.estimate());
    assertTrue(m.low() <= m.estimate() && m.estimate() <= m.high());
    assertTrue(m.lowerBound() >= m.low() && m.upperBound() <= m.high() && m.upperBound() < 100);
    assertEquals(299, m.requiredSamples());
    assertEquals(List.of("steady"), p99.phases());
    assertEquals("p99", p99.measure());
    assertEquals("all requests", p99.series());
    assertEquals("< 100 ms", Words.threshold(p99.target()));
    String ci = Wording.range(m.low(), m.high(), MeasureUnit.MILLISECONDS);
    assertEquals("p99 of all requests in steady was " + Wording.millis(m.estimate()) + " (95% CI " + ci
        + ", n=5,800), below the 100 ms target.", Words.reason(p99));
  }

  @Test
  void degradedLatencyFails() {
    ObjectiveResult p99 = judge("{name: p99, kind: latency, percentile: 99, threshold: 100ms}", DEGRADED);
    assertEquals(Verdict.FAIL, p99.verdict());
    assertEquals(expectedPercentile(DEGRADED, 0.99), p99.measurement().estimate());
    assertTrue(p99.measurement().lowerBound() >= 100);
    assertTrue(Words.reason(p99).endsWith(", at or above the 100 ms target."), Words.reason(p99));
  }

  @Test
  void everyPercentileCanPassAndFail() {
    for (String percentile : List.of("50", "95", "99.9")) {
      String objective = "{name: p, kind: latency, percentile: " + percentile + ", threshold: 100ms}";
      assertEquals(Verdict.PASS, judge(objective, HEALTHY).verdict(), percentile);
      assertEquals(Verdict.FAIL, judge(objective, DEGRADED).verdict(), percentile);
    }
  }

  @Test
  void straddlingTheThresholdIsInconclusive() {
    // exactly 1% of requests take 150 ms: the p99 interval spans 5 ms to 150 ms
    ObjectiveResult p99 = judge("{name: p99, kind: latency, percentile: 99, threshold: 100ms}", i -> i % 100 == 0 ? 150 : 5);
    assertEquals(Verdict.INCONCLUSIVE, p99.verdict());
    assertEquals(5, p99.measurement().lowerBound());
    assertEquals(150, p99.measurement().upperBound());
    assertTrue(Words.reason(p99).endsWith("too close to the 100 ms target to decide at 95% confidence."), Words.reason(p99));
  }

  @Test
  void tenRequestsCannotShowAP99() {
    RunRecord record = new SyntheticRun().load(0, 1_000, 10, "GET /api/items", 5).build();
    ObjectiveResult p99 = evaluator.evaluate(Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 100ms}"), record)
        .results().get(0);
    assertEquals(Verdict.INCONCLUSIVE, p99.verdict());
    assertEquals(10, p99.measurement().samples());
    assertNull(p99.measurement().upperBound());
    assertTrue(Words.reason(p99).startsWith("Only 10 requests of all requests in the whole run"), Words.reason(p99));
    assertTrue(Words.reason(p99).endsWith("p99 at 95% confidence needs at least 299 (measured 5 ms)."), Words.reason(p99));
  }

  @Test
  void tenVerySlowRequestsAreEnoughToFail() {
    RunRecord record = new SyntheticRun().load(0, 1_000, 10, "GET /api/items", 5_000).build();
    ObjectiveResult p99 = evaluator.evaluate(Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 100ms}"), record)
        .results().get(0);
    assertEquals(Verdict.FAIL, p99.verdict()); // the lower bound (9th of 10) is 5 s
  }

  @Test
  void minSamplesIsRequiredOnTopOfStatistics() {
    ObjectiveResult p99 = judge("{name: p99, kind: latency, percentile: 99, threshold: 100ms, minSamples: 10000}", HEALTHY);
    assertEquals(Verdict.INCONCLUSIVE, p99.verdict());
    assertEquals(10000, p99.measurement().requiredSamples());
    assertTrue(Words.reason(p99).contains("this objective (minSamples) needs at least 10,000"), Words.reason(p99));
  }

  @Test
  void globsSelectRequestsByName() {
    RunRecord record = new SyntheticRun()
        .load(0, 20_000, 100, "GET /api/items", 4)
        .load(0, 20_000, 100, "GET /api/fast", 0)
        .load(0, 20_000, 50, "POST /api/orders", 400)
        .build();
    var spec = Specs.of(
        "{name: reads, kind: latency, percentile: 99, threshold: 50ms, request: 'GET /api/*'}",
        "{name: everything, kind: latency, percentile: 99, threshold: 50ms}",
        "{name: orders, kind: latency, percentile: 50, threshold: 500ms, request: POST /api/orders}");
    Evaluation evaluation = evaluator.evaluate(spec, record);
    ObjectiveResult reads = evaluation.result("reads").orElseThrow();
    assertEquals(Verdict.PASS, reads.verdict());
    assertEquals(4000, reads.measurement().samples());
    assertEquals("GET /api/*", reads.series());
    assertEquals(Verdict.FAIL, evaluation.result("everything").orElseThrow().verdict());
    assertEquals(Verdict.PASS, evaluation.result("orders").orElseThrow().verdict());
    assertEquals(1000, evaluation.result("orders").orElseThrow().measurement().samples());
  }

  @Test
  void aSelectorMatchingNothingIsInconclusive() {
    ObjectiveResult nope = judge("{name: p99, kind: latency, percentile: 99, threshold: 100ms, request: GET /nope}", HEALTHY);
    assertEquals(Verdict.INCONCLUSIVE, nope.verdict());
    assertEquals("No request matched 'GET /nope' in steady (requests seen: GET /api/items).", Words.reason(nope));
    assertEquals(0, nope.measurement().samples());
  }

  @Test
  void successfulOnlyLeavesSlowFailuresOut() {
    // 5% of steady requests fail after a 30 s timeout
    RunRecord record = SyntheticRun.planned(200, i -> i % 20 == 0 ? 30_000 : 5, i -> i % 20 != 0).build();
    var spec = Specs.of("{name: all, kind: latency, percentile: 99, threshold: 100ms}",
        "{name: ok, kind: latency, percentile: 99, threshold: 100ms, outcome: ok}");
    Evaluation evaluation = evaluator.evaluate(spec, record, SyntheticRun.plan(200));
    assertEquals(Verdict.FAIL, evaluation.result("all").orElseThrow().verdict());
    ObjectiveResult ok = evaluation.result("ok").orElseThrow();
    assertEquals(Verdict.PASS, ok.verdict());
    assertEquals(5510, ok.measurement().samples());
    assertEquals("all requests (successful only)", ok.series());
  }

  @Test
  void aLowerLimitCanPassAndFail() {
    String objective = "{name: not-cached, kind: latency, percentile: 5, threshold: '>= 2ms'}";
    assertEquals(Verdict.PASS, judge(objective, DEGRADED).verdict());
    ObjectiveResult cached = judge(objective, i -> 0);
    assertEquals(Verdict.FAIL, cached.verdict());
    assertTrue(Words.reason(cached).endsWith(", below the 2 ms target."), Words.reason(cached));
  }

  @Test
  void percentilesOfSeveralPhasesComeFromAllTheirRequests() {
    RunRecord record = SyntheticRun.planned(200, i -> 5, i -> true).build();
    ObjectiveResult p99 = evaluator.evaluate(
        Specs.of("{name: p99, kind: latency, percentile: 99, threshold: 100ms, phases: [warm-up, steady]}"), record,
        SyntheticRun.plan(200)).results().get(0);
    // warm-up: 4 whole seconds of 800 ms at 100/s (400), steady: 5,800 at 5 ms → 6.5% slow
    assertEquals(6200, p99.measurement().samples());
    assertEquals(Verdict.FAIL, p99.verdict());
    assertEquals(List.of("warm-up", "steady"), p99.phases());
    assertTrue(Words.reason(p99).startsWith("p99 of all requests in warm-up + steady was 800 ms"), Words.reason(p99));
    assertTrue(Arrays.asList(800.0).contains(p99.measurement().estimate()));
  }
}
