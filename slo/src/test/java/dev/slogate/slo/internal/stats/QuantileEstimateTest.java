package dev.slogate.slo.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.SeriesStats;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class QuantileEstimateTest {

  @Test
  void readsExactRanksFromAHistogram() {
    Histogram histogram = SeriesStats.newHistogram();
    for (int v = 1; v <= 1000; v++) {
      histogram.recordValue(v);
    }
    QuantileEstimate p99 = QuantileEstimate.of(RankedValues.of(histogram), 99, 0.95);
    assertEquals(1000, p99.samples());
    assertEquals(990, p99.point());
    assertEquals(Optional.of(new Interval(984, 997)), p99.twoSided());
    // one-sided at 95% are tighter than the two-sided ends
    assertEquals(OrderStatistics.lowerBoundRank(1000, 0.99, 0.95).getAsLong(), (long) p99.lowerBound().getAsDouble());
    assertEquals(OrderStatistics.upperBoundRank(1000, 0.99, 0.95).getAsLong(), (long) p99.upperBound().getAsDouble());
    assertTrue(p99.lowerBound().getAsDouble() > 984 && p99.upperBound().getAsDouble() < 997);
    assertEquals(299, p99.minimumSamplesForUpperBound());
  }

  @Test
  void readsRanksAcrossRepeatedValues() {
    Histogram histogram = SeriesStats.newHistogram();
    histogram.recordValueWithCount(5, 980);
    histogram.recordValueWithCount(150, 20);
    QuantileEstimate p99 = QuantileEstimate.of(RankedValues.of(histogram), 99, 0.95);
    assertEquals(150, p99.point()); // rank 990 lies among the 20 slow ones (ranks 981..1000)
    assertEquals(150, p99.upperBound().getAsDouble());
    assertEquals(150, p99.lowerBound().getAsDouble()); // lower rank ~985 > 980
  }

  @Test
  void widensBoundsToBucketEdgesAboveExactResolution() {
    Histogram histogram = SeriesStats.newHistogram();
    histogram.recordValueWithCount(100_000, 1000); // beyond 2,048 ms, buckets are wider than 1 ms
    QuantileEstimate p50 = QuantileEstimate.of(RankedValues.of(histogram), 50, 0.95);
    double low = p50.lowerBound().getAsDouble();
    double high = p50.upperBound().getAsDouble();
    assertEquals(histogram.lowestEquivalentValue(100_000), low);
    assertEquals(histogram.highestEquivalentValue(100_000), high);
    assertTrue(low <= 100_000 && 100_000 <= high && high > low);
  }

  @Test
  void emptySampleHasNoEstimateAndNoBounds() {
    QuantileEstimate none = QuantileEstimate.of(RankedValues.of(SeriesStats.newHistogram()), 99, 0.95);
    assertTrue(Double.isNaN(none.point()));
    assertTrue(none.twoSided().isEmpty() && none.lowerBound().isEmpty() && none.upperBound().isEmpty());
  }

  @Test
  void sortedValuesTreatInfinityAsNever() {
    RankedValues values = RankedValues.of(3000, Double.POSITIVE_INFINITY, 1000, 2000, 1500);
    assertEquals(1000, values.lowestAtRank(1));
    assertEquals(Double.POSITIVE_INFINITY, values.highestAtRank(5));
    QuantileEstimate p50 = QuantileEstimate.of(values, 50, 0.95);
    assertEquals(2000, p50.point());
    assertEquals(Double.POSITIVE_INFINITY, p50.upperBound().getAsDouble()); // n=5: the upper bound is the maximum
  }
}
