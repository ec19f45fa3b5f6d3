package dev.slogate.slo.internal.stats;

import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Which order statistics of a sample of size n bound the population quantile at probability p with a given
 * confidence. Distribution-free: the only assumption is that the samples are independent draws.
 *
 * <p>The number B of observations below the true quantile is Binomial(n, p). The k-th smallest value
 * X<sub>(k)</sub> lies at or above the quantile unless at least k observations fall below it, so
 * P(X<sub>(k)</sub> &ge; q) &ge; P(B &le; k-1). The one-sided upper bound at confidence c is therefore
 * X<sub>(k)</sub> for the smallest k with P(B &le; k-1) &ge; c; it exists only when k &le; n, that is when
 * p<sup>n</sup> &le; 1 - c (p99 at 95% needs n &ge; 299). Symmetrically the lower bound is X<sub>(k)</sub> for the
 * largest k with P(B &ge; k) &ge; c. Ranks are computed from the exact binomial distribution, not from a normal
 * approximation. Ties (latencies are whole milliseconds) only make these bounds more conservative.
 *
 * <p>All ranks are 1-based. Samples are limited to {@link Integer#MAX_VALUE}, the range of the binomial
 * distribution used.
 */
public final class OrderStatistics {

  private OrderStatistics() {}

  /** The rank of the one-sided upper confidence bound, or empty when n is too small for one. */
  public static OptionalLong upperBoundRank(long n, double p, double confidence) {
    BinomialDistribution below = distribution(n, p, confidence);
    double alpha = 1 - confidence;
    // Smallest k with P(B <= k-1) >= c, i.e. P(B > k-1) <= 1-c; survival keeps precision near c = 1.
    long k = (long) below.inverseCumulativeProbability(confidence) + 1;
    while (k > 1 && below.survivalProbability((int) (k - 2)) <= alpha) {
      k--;
    }
    while (k <= n && below.survivalProbability((int) (k - 1)) > alpha) {
      k++;
    }
    return k <= n ? OptionalLong.of(k) : OptionalLong.empty();
  }

  /** The rank of the one-sided lower confidence bound, or empty when n is too small for one. */
  public static OptionalLong lowerBoundRank(long n, double p, double confidence) {
    BinomialDistribution below = distribution(n, p, confidence);
    // Largest k with P(B >= k) = P(B > k-1) >= c.
    long k = Math.min(n, (long) below.inverseCumulativeProbability(1 - confidence) + 1);
    while (k >= 1 && below.survivalProbability((int) (k - 1)) < confidence) {
      k--;
    }
    while (k < n && below.survivalProbability((int) k) >= confidence) {
      k++;
    }
    return k >= 1 ? OptionalLong.of(k) : OptionalLong.empty();
  }

  /**
   * The two-sided interval at confidence c: the shortest pair of ranks (l, u) whose exact coverage
   * P(l &le; B &le; u - 1) is at least c, the higher coverage winning a tie. For p99, n = 1,000 and 95% these
   * are ranks 984 and 997 (coverage 96.4%). Shortest rather than equal-tailed, because the binomial's
   * discreteness makes strict equal tails (983..997 here) wider than they need to be.
   *
   * <p>Any valid pair has l at most the one-sided lower rank at c and u at least the one-sided upper rank, so
   * the search walks l down from the former until the required u reaches the latter.
   *
   * @return empty when n is too small for any interval with u &le; n
   */
  public static Optional<RankRange> twoSidedRanks(long n, double p, double confidence) {
    BinomialDistribution below = distribution(n, p, confidence);
    OptionalLong minimumUpper = upperBoundRank(n, p, confidence);
    if (minimumUpper.isEmpty()) {
      return Optional.empty();
    }
    long start = lowerBoundRank(n, p, confidence).orElse(1);
    RankRange best = null;
    double bestCoverage = 0;
    long previousUpper = -1;
    for (long l = start; l >= 1; l--) {
      double belowL = below.cumulativeProbability((int) (l - 1)); // P(B <= l-1): X_(l) above the quantile
      // As l falls, so does the coverage target, so the upper rank it needs never rises: each step starts from
      // the last one's u rather than from a fresh inverse (on a million requests the walk is ~150 steps long,
      // and an inverse is itself a search of the distribution).
      long u = smallestUpper(below, n, Math.max(l, minimumUpper.getAsLong()), belowL + confidence, previousUpper);
      if (u > n) {
        continue;
      }
      previousUpper = u;
      double coverage = below.cumulativeProbability((int) (u - 1)) - belowL;
      long width = u - l;
      long bestWidth = best == null ? Long.MAX_VALUE : best.upper() - best.lower();
      if (width < bestWidth || width == bestWidth && coverage > bestCoverage) {
        best = new RankRange(l, u);
        bestCoverage = coverage;
      }
      if (u == minimumUpper.getAsLong()) {
        break; // lower l can only widen the interval from here
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The smallest u &ge; {@code from} with P(B &le; u - 1) &ge; target (within rounding), or n + 1.
   *
   * @param hint where to start looking (any rank; the answer does not depend on it), or a negative number to
   *     start from the inverse distribution
   */
  private static long smallestUpper(BinomialDistribution below, long n, long from, double target, long hint) {
    if (target > 1 + 1e-12) {
      return n + 1;
    }
    long start = hint > 0 ? hint : (long) below.inverseCumulativeProbability(Math.min(1, target)) + 1;
    long u = Math.max(from, Math.min(start, n + 1));
    while (u > from && below.cumulativeProbability((int) (u - 2)) >= target - 1e-12) {
      u--;
    }
    while (u <= n && below.cumulativeProbability((int) (u - 1)) < target - 1e-12) {
      u++;
    }
    return u;
  }

  /**
   * The smallest sample size for which a one-sided upper bound exists: the least n with p<sup>n</sup> &le; 1 - c.
   * p99 at 95% needs 299 (0.99<sup>299</sup> &lt; 0.05 &le; 0.99<sup>298</sup>).
   */
  public static long minimumSamplesForUpperBound(double p, double confidence) {
    checkArguments(p, confidence);
    double alpha = 1 - confidence;
    long n = Math.max(1, (long) Math.floor(Math.log(alpha) / Math.log(p)) - 1);
    // The logarithm gives the neighbourhood; exact powers decide the boundary.
    while (Math.pow(p, n) > alpha) {
      n++;
    }
    while (n > 1 && Math.pow(p, n - 1) <= alpha) {
      n--;
    }
    return n;
  }

  /** The smallest sample size for which a one-sided lower bound exists: the least n with (1-p)<sup>n</sup> &le; 1 - c. */
  public static long minimumSamplesForLowerBound(double p, double confidence) {
    return minimumSamplesForUpperBound(1 - p, confidence);
  }

  /** The nearest-rank point estimate: rank ceil(p n), at least 1. */
  public static long nearestRank(long n, double p) {
    if (n < 1) {
      throw new IllegalArgumentException("no rank in an empty sample");
    }
    return Math.max(1, Math.min(n, (long) Math.ceil(p * n - 1e-9)));
  }

  private static BinomialDistribution distribution(long n, double p, double confidence) {
    checkArguments(p, confidence);
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("sample size must be between 1 and " + Integer.MAX_VALUE + ": " + n);
    }
    return BinomialDistribution.of((int) n, p);
  }

  private static void checkArguments(double p, double confidence) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("quantile probability must be in (0, 1): " + p);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
  }
}
