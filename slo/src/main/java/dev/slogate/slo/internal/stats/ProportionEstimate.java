package dev.slogate.slo.internal.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * A proportion (such as the share of failed requests) with Clopper–Pearson exact confidence bounds. They come
 * from the Beta distribution and are conservative: their coverage is never below the nominal confidence,
 * which is the side a release gate should err on.
 *
 * @param events how many of the trials had the property (failed requests)
 * @param trials how many trials there were (requests)
 * @param confidence the confidence of every bound
 * @param point events / trials
 * @param twoSided equal-tailed two-sided interval at {@code confidence}, for display
 * @param lowerBound one-sided lower bound at {@code confidence}
 * @param upperBound one-sided upper bound at {@code confidence}
 */
public record ProportionEstimate(
    long events, long trials, double confidence, double point, Interval twoSided, double lowerBound, double upperBound) {

  /**
   * @throws IllegalArgumentException when there are no trials (no evidence has no interval) or more events
   *     than trials
   */
  public static ProportionEstimate of(long events, long trials, double confidence) {
    if (trials < 1 || events < 0 || events > trials) {
      throw new IllegalArgumentException("need 0 <= events <= trials and trials >= 1: " + events + " of " + trials);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    double eachSide = (1 - confidence) / 2;
    Interval twoSided = new Interval(lower(events, trials, eachSide), upper(events, trials, eachSide));
    return new ProportionEstimate(
        events,
        trials,
        confidence,
        (double) events / trials,
        twoSided,
        lower(events, trials, 1 - confidence),
        upper(events, trials, 1 - confidence));
  }

  /**
   * How many trials without a single event it takes before the upper bound falls to {@code maxProportion}:
   * the least n with (1 - max)<sup>n</sup> &le; 1 - c. A 0.1% objective at 95% needs 2,995 requests.
   */
  public static long minimumTrialsToShowAtMost(double maxProportion, double confidence) {
    if (!(maxProportion > 0 && maxProportion < 1)) {
      throw new IllegalArgumentException("proportion must be in (0, 1): " + maxProportion);
    }
    return OrderStatistics.minimumSamplesForUpperBound(1 - maxProportion, confidence);
  }

  private static double lower(long k, long n, double alpha) {
    return k == 0 ? 0 : BetaDistribution.of(k, n - k + 1).inverseCumulativeProbability(alpha);
  }

  private static double upper(long k, long n, double alpha) {
    return k == n ? 1 : BetaDistribution.of(k + 1, n - k).inverseSurvivalProbability(alpha);
  }
}
