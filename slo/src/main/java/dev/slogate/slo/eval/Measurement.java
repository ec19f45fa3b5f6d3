package dev.slogate.slo.eval;

/**
 * What was measured for one objective, with its uncertainty. Nullable fields are null when there was no
 * data or too little for that bound.
 *
 * @param unit the unit of every value here
 * @param estimate the point estimate (nearest-rank percentile, ratio, rate); null without data
 * @param low the low end of the two-sided interval at {@code confidence}, for display; null when none exists
 * @param high the high end of the two-sided interval, for display; null when none exists
 * @param lowerBound the one-sided lower bound at {@code confidence} the verdict used; null when none exists
 * @param upperBound the one-sided upper bound at {@code confidence} the verdict used; null when none exists
 * @param confidence the confidence of the interval and the bounds
 * @param samples the sample size: requests (or successful requests for throughput, faults for failover)
 * @param requiredSamples the statistical minimum for a PASS to be possible at all (299 for p99 at 95%), or
 *     the objective's own minSamples when larger; 0 when not applicable
 */
public record Measurement(
    MeasureUnit unit,
    Double estimate,
    Double low,
    Double high,
    Double lowerBound,
    Double upperBound,
    double confidence,
    long samples,
    long requiredSamples) {

  /** No data at all. */
  public static Measurement none(MeasureUnit unit, double confidence, long requiredSamples) {
    return new Measurement(unit, null, null, null, null, null, confidence, 0, requiredSamples);
  }

  public boolean hasEstimate() {
    return estimate != null;
  }

  public boolean hasInterval() {
    return low != null && high != null;
  }
}
