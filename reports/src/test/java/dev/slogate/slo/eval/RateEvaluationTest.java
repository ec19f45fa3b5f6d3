package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.record.RunRecord;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Throughput, error rate and availability: each can pass, fail and straddle. */
class RateEvaluationTest {

  private final Evaluator evaluator = new Evaluator();

  private ObjectiveResult judge(String objective, IntPredicate steadyOk) {
    RunRecord record = SyntheticRun.planned(200, i -> 5, steadyOk).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(200)).results().get(0);
  }

  @Test
  void throughputPassesFailsAndStraddles() {
    ObjectiveResult enough = judge("{name: t, kind: throughput, min: 100/s}", i -> true);
    assertEquals(Verdict.PASS, enough.verdict());
    assertEquals(200, enough.measurement().estimate(), 1e-9);
    assertEquals(5800, enough.measurement().samples());
    assertEquals(">= 100/s", Words.threshold(enough.target()));
    assertTrue(Words.reason(enough).startsWith("Throughput of all requests in steady was 200/s (95% CI "), Words.reason(enough));
    assertTrue(Words.reason(enough).endsWith(", 5,800 successful in 29 s), at or above the 100/s minimum."), Words.reason(enough));

    ObjectiveResult tooMuch = judge("{name: t, kind: throughput, min: 300/s}", i -> true);
    assertEquals(Verdict.FAIL, tooMuch.verdict());
    assertTrue(Words.reason(tooMuch).endsWith("below the 300/s minimum."), Words.reason(tooMuch));

    assertEquals(Verdict.INCONCLUSIVE, judge("{name: t, kind: throughput, min: 200/s}", i -> true).verdict());
  }

  @Test
  void throughputCountsOnlySuccessfulRequests() {
    // half the requests fail: 100/s of successes is not enough for 150/s
    ObjectiveResult t = judge("{name: t, kind: throughput, min: 150/s}", i -> i % 2 == 0);
    assertEquals(Verdict.FAIL, t.verdict());
    assertEquals(100, t.measurement().estimate(), 1e-9);
  }

  @Test
  void errorRatePassesFailsAndStraddles() {
    ObjectiveResult clean = judge("{name: e, kind: error-rate, max: 0.1%}", i -> true);
    assertEquals(Verdict.PASS, clean.verdict());
    assertEquals(0, clean.measurement().estimate());
    assertEquals(1 - Math.pow(0.05, 1 / 5800.0), clean.measurement().upperBound(), 1e-12);
    assertEquals("Error rate of all requests in steady was 0% (0 of 5,800 failed; 95% CI 0–0.064%), at or below the 0.1% maximum.",
        Words.reason(clean));

    ObjectiveResult failing = judge("{name: e, kind: error-rate, max: 0.1%}", i -> i % 200 != 0); // 0.5%
    assertEquals(Verdict.FAIL, failing.verdict());
    assertEquals(29.0 / 5800, failing.measurement().estimate(), 1e-12);
    assertTrue(failing.measurement().lowerBound() > 0.001);
    assertTrue(Words.reason(failing).endsWith("above the 0.1% maximum."), Words.reason(failing));

    ObjectiveResult close = judge("{name: e, kind: error-rate, max: 0.1%}", i -> i % 1000 != 0); // 0.1%
    assertEquals(Verdict.INCONCLUSIVE, close.verdict());
  }

  @Test
  void availabilityPassesFailsAndStraddles() {
    ObjectiveResult three = judge("{name: a, kind: availability, target: 99.9%}", i -> true);
    assertEquals(Verdict.PASS, three.verdict());
    assertEquals(1, three.measurement().estimate());
    assertEquals(">= 99.9%", Words.threshold(three.target()));
    assertEquals("Availability of all requests in steady was 100% (5,800 of 5,800 succeeded; 95% CI 99.936–100%), at or above the 99.9% target.",
        Words.reason(three));

    ObjectiveResult failing = judge("{name: a, kind: availability, target: 99.9%}", i -> i % 200 != 0);
    assertEquals(Verdict.FAIL, failing.verdict());
    assertEquals(1 - 29.0 / 5800, failing.measurement().estimate(), 1e-12);
    assertTrue(Words.reason(failing).endsWith("below the 99.9% target."), Words.reason(failing));

    assertEquals(Verdict.INCONCLUSIVE, judge("{name: a, kind: availability, target: 99.9%}", i -> i % 1000 != 0).verdict());
    assertEquals(Verdict.PASS, judge("{name: a, kind: availability, target: 99%}", i -> i % 200 != 0).verdict());
  }

  @Test
  void noFailureInTooFewRequestsIsNotEnough() {
    RunRecord record = new SyntheticRun().load(0, 10_000, 10, "GET /api/items", 5).build();
    ObjectiveResult e = evaluator.evaluate(Specs.of("{name: e, kind: error-rate, max: 0.1%}"), record).results().get(0);
    assertEquals(Verdict.INCONCLUSIVE, e.verdict());
    assertEquals(2995, e.measurement().requiredSamples());
    assertTrue(Words.reason(e).startsWith("No request failed, but only 100 requests"), Words.reason(e));
    assertTrue(Words.reason(e).endsWith("showing error rate <= 0.1% at 95% confidence needs at least 2,995 requests."), Words.reason(e));
  }

  @Test
  void selectorsApplyToRatesToo() {
    RunRecord record = new SyntheticRun()
        .load(0, 20_000, 100, "GET /api/items", i -> 4, i -> true)
        .load(0, 20_000, 100, "POST /api/orders", i -> 4, i -> i % 10 != 0)
        .build();
    Evaluation evaluation = evaluator.evaluate(Specs.of(
        "{name: reads, kind: error-rate, max: 0.5%, request: 'GET /*'}",
        "{name: writes, kind: error-rate, max: 0.5%, request: 'POST /*'}",
        "{name: nothing, kind: availability, target: 99%, request: 'DELETE /*'}"), record);
    assertEquals(Verdict.PASS, evaluation.result("reads").orElseThrow().verdict());
    assertEquals(Verdict.FAIL, evaluation.result("writes").orElseThrow().verdict());
    ObjectiveResult nothing = evaluation.result("nothing").orElseThrow();
    assertEquals(Verdict.INCONCLUSIVE, nothing.verdict());
    assertTrue(Words.reason(nothing).startsWith("No request matched 'DELETE /*' in the whole run"), Words.reason(nothing));
  }
}
