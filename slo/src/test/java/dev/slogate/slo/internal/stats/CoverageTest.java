package dev.slogate.slo.internal.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.SeriesStats;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The intervals contain the true value about as often as they claim. Fixed seeds; the exact order-statistic
 * and Clopper–Pearson intervals are conservative, so coverage is at or a little above nominal.
 */
class CoverageTest {

  private static final int TRIALS = 2000;

  @Test
  void quantileIntervalsCoverTheTrueLognormalQuantile() {
    LogNormalDistribution latency = LogNormalDistribution.of(Math.log(2000), 0.6); // microseconds, median 2 ms
    SplittableRandom random = new SplittableRandom(20240601);
    for (double percentile : new double[] {50, 95, 99}) {
      double truth = latency.inverseCumulativeProbability(percentile / 100);
      int twoSided = 0;
      int upper = 0;
      int lower = 0;
      for (int trial = 0; trial < TRIALS; trial++) {
        Histogram histogram = SeriesStats.newHistogram();
        for (int i = 0; i < 500; i++) {
          histogram.recordValue(Math.round(2000 * Math.exp(0.6 * random.nextGaussian())));
        }
        QuantileEstimate estimate = QuantileEstimate.of(RankedValues.of(histogram), percentile, 0.95);
        twoSided += estimate.twoSided().orElseThrow().contains(truth) ? 1 : 0;
        upper += estimate.upperBound().getAsDouble() >= truth ? 1 : 0;
        lower += estimate.lowerBound().getAsDouble() <= truth ? 1 : 0;
      }
      assertCoverage("two-sided p" + percentile, twoSided);
      assertCoverage("upper p" + percentile, upper);
      assertCoverage("lower p" + percentile, lower);
    }
  }

  @Test
  void clopperPearsonCoversTheTrueErrorRate() {
    double truth = 0.01;
    BinomialDistribution failures = BinomialDistribution.of(1000, truth);
    // commons-rng's provider interface needs only nextLong(); a seeded SplittableRandom supplies it.
    var sampler = failures.createSampler(new SplittableRandom(7)::nextLong);
    int twoSided = 0;
    int upper = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      ProportionEstimate estimate = ProportionEstimate.of(sampler.sample(), 1000, 0.95);
      twoSided += estimate.twoSided().contains(truth) ? 1 : 0;
      upper += estimate.upperBound() >= truth ? 1 : 0;
    }
    assertCoverage("Clopper-Pearson two-sided", twoSided);
    assertCoverage("Clopper-Pearson upper", upper);
  }

  private static void assertCoverage(String what, int covered) {
    double coverage = (double) covered / TRIALS;
    assertTrue(coverage >= 0.93 && coverage <= 0.99, what + " covered the truth in " + coverage + " of trials, nominal 0.95");
  }
}
