package dev.slogate.stack.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.LatencyDistribution.PercentilePoint;
import dev.slogate.stack.LatencyDistribution.WeightedValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Draws many delays in-process and compares them with the distribution they claim to follow. */
class LatencySamplerTest {

  private static final int DRAWS = 200_000;

  @Test
  void zNinetyNineIsTheStandardNormalQuantile() {
    assertEquals(NormalDistribution.of(0, 1).inverseCumulativeProbability(0.99), LatencySampler.Z_99, 1e-12);
  }

  @Test
  void fixedIsConstant() {
    long[] draws = draw(new LatencyDistribution.Fixed(ms(5)));
    assertEquals(ms(5).toNanos(), draws[0]);
    assertEquals(ms(5).toNanos(), draws[draws.length - 1]);
  }

  @Test
  void uniformStaysInItsBoundsAndIsFlat() {
    long[] draws = draw(new LatencyDistribution.Uniform(ms(1), ms(3)));
    assertTrue(draws[0] >= ms(1).toNanos());
    assertTrue(draws[draws.length - 1] <= ms(3).toNanos());
    for (double p = 0.1; p < 0.95; p += 0.1) {
      assertClose(1e6 + p * 2e6, quantile(draws, p), 0.01, "uniform q" + p);
    }
    assertClose(2e6, mean(draws), 0.005, "uniform mean");
  }

  @Test
  void normalHasItsMeanAndSpread() {
    long[] draws = draw(new LatencyDistribution.Normal(ms(10), ms(2)));
    assertClose(10e6, mean(draws), 0.005, "mean");
    assertClose(2e6, stddev(draws), 0.01, "stddev");
    assertClose(10e6 + 2e6 * NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95),
        quantile(draws, 0.95), 0.01, "q95");
  }

  @Test
  void normalIsTruncatedAtZeroByRedrawingNotByClamping() {
    long[] draws = draw(new LatencyDistribution.Normal(Duration.ZERO, ms(1)));
    assertTrue(draws[0] >= 0);
    // Redrawn negatives make a half-normal: median = sd * z(0.75). Clamping would make it 0.
    assertClose(1e6 * NormalDistribution.of(0, 1).inverseCumulativeProbability(0.75),
        quantile(draws, 0.5), 0.02, "half-normal median");
    long zeros = Arrays.stream(draws).filter(d -> d == 0).count();
    assertTrue(zeros < DRAWS / 1000, "no mass piled at zero: " + zeros);
  }

  @Test
  void lognormalHitsItsMedianAndP99() {
    long[] draws = draw(new LatencyDistribution.LogNormal(ms(2), ms(8)));
    assertClose(2e6, quantile(draws, 0.50), 0.02, "median");
    assertClose(8e6, quantile(draws, 0.99), 0.03, "p99");
    double mu = Math.log(2e6);
    double sigma = Math.log(4) / LatencySampler.Z_99;
    LogNormalDistribution exact = LogNormalDistribution.of(mu, sigma);
    for (double p : new double[] {0.1, 0.25, 0.75, 0.9, 0.95}) {
      assertClose(exact.inverseCumulativeProbability(p), quantile(draws, p), 0.02, "q" + p);
    }
  }

  @Test
  void weightedDrawsEachValueInProportionToItsWeight() {
    long[] draws = draw(new LatencyDistribution.Weighted(List.of(
        new WeightedValue(ms(1), 6), new WeightedValue(ms(5), 3), new WeightedValue(ms(100), 1))));
    assertShare(0.6, draws, ms(1));
    assertShare(0.3, draws, ms(5));
    assertShare(0.1, draws, ms(100));
  }

  @Test
  void percentilesInterpolateTheQuantileFunctionLinearly() {
    long[] draws = draw(new LatencyDistribution.Percentiles(List.of(
        new PercentilePoint(0, ms(1)), new PercentilePoint(50, ms(2)),
        new PercentilePoint(99, ms(10)), new PercentilePoint(100, ms(40)))));
    assertTrue(draws[0] >= ms(1).toNanos() && draws[draws.length - 1] <= ms(40).toNanos());
    assertClose(1.5e6, quantile(draws, 0.25), 0.01, "p25");
    assertClose(2e6, quantile(draws, 0.50), 0.01, "p50");
    assertClose(2e6 + 25.0 / 49 * 8e6, quantile(draws, 0.75), 0.01, "p75");
    assertClose(10e6, quantile(draws, 0.99), 0.02, "p99");
    assertClose(25e6, quantile(draws, 0.995), 0.05, "p99.5");
  }

  private static long[] draw(LatencyDistribution distribution) {
    LatencySampler sampler = LatencySampler.of(distribution);
    SplittableRandom random = new SplittableRandom(20240611L);
    long[] draws = new long[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      draws[i] = sampler.sampleNanos(random);
    }
    Arrays.sort(draws);
    return draws;
  }

  private static void assertShare(double expected, long[] draws, Duration value) {
    long n = Arrays.stream(draws).filter(d -> d == value.toNanos()).count();
    double share = (double) n / draws.length;
    double sd = Math.sqrt(expected * (1 - expected) / draws.length);
    assertEquals(expected, share, 5 * sd, "share of " + value);
  }

  private static void assertClose(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, expected * relative, what);
  }

  private static double quantile(long[] sorted, double p) {
    return sorted[(int) Math.round(p * (sorted.length - 1))];
  }

  private static double mean(long[] draws) {
    return Arrays.stream(draws).average().orElseThrow();
  }

  private static double stddev(long[] draws) {
    double mean = mean(draws);
    return Math.sqrt(Arrays.stream(draws).mapToDouble(d -> (d - mean) * (d - mean)).sum() / (draws.length - 1));
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
