package dev.slogate.slo.internal.stats;

import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A sample that can answer "what is the k-th smallest value?". A histogram only knows each value up to its
 * bucket, so it answers with the bucket's lowest or highest possible value; bounds take the side that makes
 * them wider, never narrower.
 */
public interface RankedValues {

  /** How many values the sample holds. */
  long count();

  /** The smallest value the k-th smallest sample (1-based) can have. */
  double lowestAtRank(long rank);

  /** The largest value the k-th smallest sample (1-based) can have. */
  double highestAtRank(long rank);

  /**
   * Reads ranks from an HdrHistogram by walking its recorded values with their cumulative counts (not
   * {@code getValueAtPercentile}, whose rounding of the percentile to a rank is not the exact rank wanted here).
   * The histogram is not copied: do not change it while this view is in use.
   */
  static RankedValues of(AbstractHistogram histogram) {
    return new HistogramRanks(histogram);
  }

  /** Ranks of plain values; {@link Double#POSITIVE_INFINITY} stands for "never" (a fault that never recovered). */
  static RankedValues of(double... values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new SortedValues(sorted);
  }

  /** A histogram as ranked values. */
  final class HistogramRanks implements RankedValues {
    private final AbstractHistogram histogram;

    private HistogramRanks(AbstractHistogram histogram) {
      this.histogram = histogram;
    }

    @Override
    public long count() {
      return histogram.getTotalCount();
    }

    @Override
    public double lowestAtRank(long rank) {
      return histogram.lowestEquivalentValue(valueAtRank(rank));
    }

    @Override
    public double highestAtRank(long rank) {
      return histogram.highestEquivalentValue(valueAtRank(rank));
    }

    private long valueAtRank(long rank) {
      checkRank(rank, count());
      for (HistogramIterationValue value : histogram.recordedValues()) {
        if (value.getTotalCountToThisValue() >= rank) {
          return value.getValueIteratedTo();
        }
      }
      throw new IllegalStateException("histogram counts changed while reading rank " + rank);
    }
  }

  /** Values held in a sorted array. */
  final class SortedValues implements RankedValues {
    private final double[] sorted;

    private SortedValues(double[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public long count() {
      return sorted.length;
    }

    @Override
    public double lowestAtRank(long rank) {
      checkRank(rank, sorted.length);
      return sorted[(int) rank - 1];
    }

    @Override
    public double highestAtRank(long rank) {
      return lowestAtRank(rank);
    }
  }

  private static void checkRank(long rank, long count) {
    if (rank < 1 || rank > count) {
      throw new IllegalArgumentException("rank " + rank + " outside 1.." + count);
    }
  }
}
