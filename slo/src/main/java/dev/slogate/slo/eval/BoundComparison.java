package dev.slogate.slo.eval;

import dev.slogate.slo.spec.Comparison;

/**
 * Stage 4: the verdict from one-sided confidence bounds. For an upper limit ("&lt; 100 ms") PASS needs the
 * upper bound to meet the threshold and FAIL needs the lower bound to miss it; for a lower limit ("&ge;
 * 100/s") the roles swap. Anything else, including a bound that does not exist for lack of samples, is
 * INCONCLUSIVE. No verdict is ever drawn from a point estimate.
 */
final class BoundComparison {

  private BoundComparison() {}

  /**
   * @param lowerBound the one-sided lower bound, or null when none exists
   * @param upperBound the one-sided upper bound, or null when none exists
   */
  static Verdict verdict(Comparison comparison, double threshold, Double lowerBound, Double upperBound) {
    Double passBound = comparison.isUpperLimit() ? upperBound : lowerBound;
    Double failBound = comparison.isUpperLimit() ? lowerBound : upperBound;
    if (passBound != null && comparison.holds(passBound, threshold)) {
      return Verdict.PASS;
    }
    if (failBound != null && !comparison.holds(failBound, threshold)) {
      return Verdict.FAIL;
    }
    return Verdict.INCONCLUSIVE;
  }

  /** The bound a PASS would need: the upper bound for an upper limit. */
  static Double passBound(Comparison comparison, Double lowerBound, Double upperBound) {
    return comparison.isUpperLimit() ? upperBound : lowerBound;
  }
}
