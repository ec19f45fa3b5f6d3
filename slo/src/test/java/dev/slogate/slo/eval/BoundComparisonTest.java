package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.BoundComparison.verdict;
import static dev.slogate.slo.eval.Verdict.FAIL;
import static dev.slogate.slo.eval.Verdict.INCONCLUSIVE;
import static dev.slogate.slo.eval.Verdict.PASS;
import static dev.slogate.slo.spec.Comparison.GREATER;
import static dev.slogate.slo.spec.Comparison.GREATER_OR_EQUAL;
import static dev.slogate.slo.spec.Comparison.LESS;
import static dev.slogate.slo.spec.Comparison.LESS_OR_EQUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundComparisonTest {

  @Test
  void upperLimitPassesOnlyWhenTheUpperBoundMeetsIt() {
    assertEquals(PASS, verdict(LESS, 100, 40.0, 99.0));
    assertEquals(INCONCLUSIVE, verdict(LESS, 100, 40.0, 100.0));
    assertEquals(PASS, verdict(LESS_OR_EQUAL, 100, 40.0, 100.0));
    assertEquals(FAIL, verdict(LESS, 100, 100.0, 150.0));
    assertEquals(INCONCLUSIVE, verdict(LESS_OR_EQUAL, 100, 100.0, 150.0));
    assertEquals(FAIL, verdict(LESS_OR_EQUAL, 100, 100.5, 150.0));
  }

  @Test
  void missingBoundsNeverPass() {
    assertEquals(INCONCLUSIVE, verdict(LESS, 100, 5.0, null)); // too few samples for an upper bound
    assertEquals(FAIL, verdict(LESS, 100, 500.0, null)); // but a lower bound above the limit is evidence of failure
    assertEquals(INCONCLUSIVE, verdict(LESS, 100, null, null));
    assertEquals(INCONCLUSIVE, verdict(GREATER_OR_EQUAL, 100, null, 500.0));
  }

  @Test
  void lowerLimitSwapsTheBounds() {
    assertEquals(PASS, verdict(GREATER_OR_EQUAL, 100, 100.0, 120.0));
    assertEquals(INCONCLUSIVE, verdict(GREATER, 100, 100.0, 120.0));
    assertEquals(FAIL, verdict(GREATER_OR_EQUAL, 100, 80.0, 99.9));
    assertEquals(FAIL, verdict(GREATER, 100, 80.0, 100.0));
    assertEquals(INCONCLUSIVE, verdict(GREATER_OR_EQUAL, 100, 90.0, 110.0));
  }
}
