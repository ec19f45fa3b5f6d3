package dev.slogate.slo.internal.stats;

/**
 * Two 1-based ranks of a sorted sample, {@code lower <= upper}: the order statistics that bound a quantile.
 *
 * @param lower rank of the lower bound
 * @param upper rank of the upper bound
 */
public record RankRange(long lower, long upper) {

  public RankRange {
    if (lower < 1 || upper < lower) {
      throw new IllegalArgumentException("not a rank range: " + lower + ".." + upper);
    }
  }
}
