package dev.slogate.slo.gatling;

/** Percentiles the slow, obvious way, as the reference for the histograms. */
final class BruteForce {

  private BruteForce() {}

  /** The nearest-rank percentile of sorted values: the smallest value with at least p% of values at or below it. */
  static long nearestRank(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(percentile / 100.0 * sorted.length - 1e-9);
    return sorted[(int) Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
