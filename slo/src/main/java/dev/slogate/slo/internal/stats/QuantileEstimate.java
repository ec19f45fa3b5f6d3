package dev.slogate.slo.internal.stats;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A quantile of a sample with its distribution-free confidence bounds.
 *
 * @param percentile the percentile asked for, such as 99 or 99.9
 * @param confidence the confidence of every bound, such as 0.95
 * @param samples the sample size n
 * @param point the nearest-rank estimate (rank ceil(p n)); NaN for an empty sample
 * @param twoSided the equal-tailed two-sided interval at {@code confidence}, for display; empty when n is too
 *     small for one
 * @param lowerBound the one-sided lower bound at {@code confidence}: the quantile is at least this
 * @param upperBound the one-sided upper bound at {@code confidence}: the quantile is at most this
 * @param minimumSamplesForUpperBound the n below which no upper bound exists (299 for p99 at 95%)
 */
public record QuantileEstimate(
    double percentile,
    double confidence,
    long samples,
    double point,
    Optional<Interval> twoSided,
    OptionalDouble lowerBound,
    OptionalDouble upperBound,
    long minimumSamplesForUpperBound) {

  /**
   * Estimates a percentile of a sample.
   *
   * @param values the sample
   * @param percentile in (0, 100)
   * @param confidence in (0, 1)
   */
  public static QuantileEstimate of(RankedValues values, double percentile, double confidence) {
    double p = percentile / 100;
    long n = values.count();
    long minimum = OrderStatistics.minimumSamplesForUpperBound(p, confidence);
    if (n == 0) {
      return new QuantileEstimate(
          percentile, confidence, 0, Double.NaN, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), minimum);
    }
    double point = values.highestAtRank(OrderStatistics.nearestRank(n, p));
    Optional<Interval> twoSided = OrderStatistics.twoSidedRanks(n, p, confidence)
        .map(r -> new Interval(values.lowestAtRank(r.lower()), values.highestAtRank(r.upper())));
    OptionalDouble lower = toValue(OrderStatistics.lowerBoundRank(n, p, confidence), values, false);
    OptionalDouble upper = toValue(OrderStatistics.upperBoundRank(n, p, confidence), values, true);
    return new QuantileEstimate(percentile, confidence, n, point, twoSided, lower, upper, minimum);
  }

  private static OptionalDouble toValue(java.util.OptionalLong rank, RankedValues values, boolean high) {
    if (rank.isEmpty()) {
      return OptionalDouble.empty();
    }
    long k = rank.getAsLong();
    return OptionalDouble.of(high ? values.highestAtRank(k) : values.lowestAtRank(k));
  }
}
