package dev.slogate.slo.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

  @Test
  void p99OfThousandAt95PercentIsRanks984To997() {
    assertEquals(Optional.of(new RankRange(984, 997)), OrderStatistics.twoSidedRanks(1000, 0.99, 0.95));
  }

  @Test
  void upperBoundForP99At95PercentNeedsExactly299Samples() {
    // 0.99^299 = 0.0495 < 0.05 <= 0.99^298 = 0.0500
    assertTrue(Math.pow(0.99, 299) < 0.05 && Math.pow(0.99, 298) >= 0.05);
    assertEquals(299, OrderStatistics.minimumSamplesForUpperBound(0.99, 0.95));
    assertEquals(OptionalLong.empty(), OrderStatistics.upperBoundRank(298, 0.99, 0.95));
    assertEquals(OptionalLong.of(299), OrderStatistics.upperBoundRank(299, 0.99, 0.95));
    assertEquals(OptionalLong.of(300), OrderStatistics.upperBoundRank(300, 0.99, 0.95));
  }

  @Test
  void minimumSamplesOfOtherQuantiles() {
    assertEquals(5, OrderStatistics.minimumSamplesForUpperBound(0.5, 0.95)); // 0.5^5 = 0.031, 0.5^4 = 0.0625
    assertEquals(59, OrderStatistics.minimumSamplesForUpperBound(0.95, 0.95));
    assertEquals(2995, OrderStatistics.minimumSamplesForUpperBound(0.999, 0.95));
    assertEquals(5, OrderStatistics.minimumSamplesForLowerBound(0.5, 0.95));
  }

  @Test
  void tenSamplesHaveALowerBoundForP99ButNoUpperBound() {
    // P(B >= 9) = 0.99^10 + 10 * 0.99^9 * 0.01 = 0.9957 >= 0.95, while P(B >= 10) = 0.904 < 0.95
    assertEquals(OptionalLong.of(9), OrderStatistics.lowerBoundRank(10, 0.99, 0.95));
    assertEquals(OptionalLong.empty(), OrderStatistics.upperBoundRank(10, 0.99, 0.95));
  }

  @Test
  void ranksSatisfyTheirDefinitionAndAreTheTightestThatDo() {
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(5000);
      double p = new double[] {0.5, 0.9, 0.95, 0.99, 0.999}[random.nextInt(5)];
      double c = new double[] {0.8, 0.9, 0.95, 0.99}[random.nextInt(4)];
      BinomialDistribution below = BinomialDistribution.of(n, p);
      OptionalLong upper = OrderStatistics.upperBoundRank(n, p, c);
      if (upper.isPresent()) {
        long k = upper.getAsLong();
        assertTrue(below.cumulativeProbability((int) k - 1) >= c - 1e-12, "upper rank covers: n=" + n + " p=" + p);
        assertTrue(k == 1 || below.cumulativeProbability((int) k - 2) < c + 1e-12, "upper rank is the smallest: n=" + n);
      } else {
        assertTrue(below.cumulativeProbability(n - 1) < c + 1e-12, "no upper rank only when even rank n misses: n=" + n);
      }
      OptionalLong lower = OrderStatistics.lowerBoundRank(n, p, c);
      if (lower.isPresent()) {
        long k = lower.getAsLong();
        assertTrue(below.survivalProbability((int) k - 1) >= c - 1e-12, "lower rank covers: n=" + n + " p=" + p);
        assertTrue(k == n || below.survivalProbability((int) k) < c + 1e-12, "lower rank is the largest: n=" + n);
      }
    }
  }

  @Test
  void theTwoSidedRanksAreTheShortestPairThatCoversFoundByBruteForce() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 60; trial++) {
      int n = 5 + random.nextInt(3000);
      double p = new double[] {0.5, 0.9, 0.95, 0.99}[random.nextInt(4)];
      double c = new double[] {0.9, 0.95, 0.99}[random.nextInt(3)];
      assertEquals(bruteForceTwoSided(n, p, c), OrderStatistics.twoSidedRanks(n, p, c), "n=" + n + " p=" + p + " c=" + c);
    }
  }

  /** Every l, the smallest u that covers; the shortest pair, the higher coverage on a tie, the larger l last. */
  private static Optional<RankRange> bruteForceTwoSided(int n, double p, double c) {
    BinomialDistribution below = BinomialDistribution.of(n, p);
    double[] cdf = new double[n + 1]; // cdf[k] = P(B <= k - 1)
    for (int k = 1; k <= n; k++) {
      cdf[k] = below.cumulativeProbability(k - 1);
    }
    RankRange best = null;
    double bestCoverage = 0;
    OptionalLong minimumUpper = OrderStatistics.upperBoundRank(n, p, c);
    if (minimumUpper.isEmpty()) {
      return Optional.empty();
    }
    for (int l = n; l >= 1; l--) {
      for (int u = (int) Math.max(l, minimumUpper.getAsLong()); u <= n; u++) {
        double coverage = cdf[u] - cdf[l];
        if (coverage >= c - 1e-12) {
          long width = u - l;
          long bestWidth = best == null ? Long.MAX_VALUE : best.upper() - best.lower();
          if (width < bestWidth || width == bestWidth && coverage > bestCoverage) {
            best = new RankRange(l, u);
            bestCoverage = coverage;
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Test
  void nearestRankIsCeilingOfPn() {
    assertEquals(990, OrderStatistics.nearestRank(1000, 0.99));
    assertEquals(5940, OrderStatistics.nearestRank(6000, 0.99));
    assertEquals(1, OrderStatistics.nearestRank(1, 0.5));
    assertEquals(10, OrderStatistics.nearestRank(10, 0.99));
  }
}
