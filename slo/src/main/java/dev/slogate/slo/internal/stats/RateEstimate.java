package dev.slogate.slo.internal.stats;

import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Events per second with Garwood's exact Poisson confidence bounds on the count.
 *
 * <p>Treating completions as a Poisson process is the conservative choice for throughput: an open-model
 * injector releases arrivals more regularly than Poisson, so the true spread is smaller and the bounds are
 * wider than they need to be. With thousands of requests they are within a few percent of the point estimate.
 *
 * @param events how many events were counted (successful requests)
 * @param seconds over how long, in seconds
 * @param confidence the confidence of every bound
 * @param point events / seconds
 * @param twoSided equal-tailed two-sided interval at {@code confidence}, per second
 * @param lowerBound one-sided lower bound at {@code confidence}, per second
 * @param upperBound one-sided upper bound at {@code confidence}, per second
 */
public record RateEstimate(
    long events, double seconds, double confidence, double point, Interval twoSided, double lowerBound, double upperBound) {

  /** @throws IllegalArgumentException when the span is empty: a rate over no time has no meaning */
  public static RateEstimate of(long events, double seconds, double confidence) {
    if (!(seconds > 0) || events < 0) {
      throw new IllegalArgumentException("need events >= 0 over seconds > 0: " + events + " in " + seconds);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    double eachSide = (1 - confidence) / 2;
    Interval counts = new Interval(lowerCount(events, eachSide), upperCount(events, eachSide));
    return new RateEstimate(
        events,
        seconds,
        confidence,
        events / seconds,
        counts.scaled(1 / seconds),
        lowerCount(events, 1 - confidence) / seconds,
        upperCount(events, 1 - confidence) / seconds);
  }

  private static double lowerCount(long k, double alpha) {
    return k == 0 ? 0 : GammaDistribution.of(k, 1).inverseCumulativeProbability(alpha);
  }

  private static double upperCount(long k, double alpha) {
    return GammaDistribution.of(k + 1, 1).inverseSurvivalProbability(alpha);
  }
}
