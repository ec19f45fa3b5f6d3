package dev.slogate.slo.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.SeriesStats;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The block bootstrap on synthetic runs with realistic noise: lognormal latencies around 5 ms whose scale
 * drifts from second to second (a noisy 2-core machine), 200 requests per second, 30 seconds.
 */
class PercentileBootstrapTest {

  private static List<Histogram> run(long seed, double shiftMillis) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Histogram> seconds = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      Histogram histogram = SeriesStats.newHistogram();
      double secondScale = Math.exp(0.15 * random.nextGaussian());
      for (int i = 0; i < 200; i++) {
        double latency = 5 * secondScale * Math.exp(0.5 * random.nextGaussian()) + shiftMillis;
        histogram.recordValue(Math.round(latency));
      }
      seconds.add(histogram);
    }
    return seconds;
  }

  @Test
  void twoRunsOfTheSameSystemDoNotDifferBeyondTheAllowance() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Histogram> baseline = run(seed, 0);
      List<Histogram> current = run(seed + 100, 0);
      for (double p : new double[] {50, 95, 99}) {
        PercentileBootstrap.Difference d = PercentileBootstrap.compare(baseline, current, p, 0.95, 2_000, 42);
        double allowed = 0.10 * d.baseline() + 1;
        assertTrue(d.lowerBound() <= allowed, "p" + p + " seed " + seed + ": " + d);
        assertTrue(d.low() <= 0 && d.high() >= 0 || Math.abs(d.difference()) <= 1, "the interval covers no change: " + d);
      }
    }
  }

  @Test
  void aSlowerRunIsClearlyAboveTheAllowance() {
    PercentileBootstrap.Difference d = PercentileBootstrap.compare(run(1, 0), run(2, 8), 95, 0.95, 2_000, 42);
    assertTrue(d.lowerBound() > 0.10 * d.baseline() + 1, d.toString());
    assertEquals(d.current() - d.baseline(), d.difference());
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    List<Histogram> a = run(3, 0);
    List<Histogram> b = run(4, 0);
    assertEquals(PercentileBootstrap.compare(a, b, 99, 0.95, 1_000, 7), PercentileBootstrap.compare(a, b, 99, 0.95, 1_000, 7));
  }

  @Test
  void longRunsAreCutIntoAtMostMaxBlocks() {
    assertEquals(7, PercentileBootstrap.blocks(7));
    assertEquals(PercentileBootstrap.MAX_BLOCKS, PercentileBootstrap.blocks(3_600));
  }
}
