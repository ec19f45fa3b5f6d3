package dev.slogate.reports.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GatePolicy;
import org.junit.jupiter.api.Test;

/**
 * The words of relative objectives on real runs of the reference stack (slo's {@code BaselineComparisonTest} asserts
 * their figures): 120 ms added to every request reads as a regression, named in the summary.
 */
class RelativeReasonWordsTest {

  @Test
  void addedLatencyReadsAsARegression() {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    assertEquals(3, input.regression().results().size());
    for (ObjectiveResult result : input.regression().results()) {
      assertEquals(Verdict.FAIL, result.verdict(), Words.reason(result));
      assertTrue(Words.reason(result).contains("allowed: a regression"), Words.reason(result));
    }
    assertTrue(Words.summary(input.evaluation()).contains("p95-latency-vs-baseline"), Words.summary(input.evaluation()));
    assertTrue(Words.notes(input.evaluation()).contains(Words.regression(input.regression())), Words.notes(input.evaluation()).toString());
  }
}
