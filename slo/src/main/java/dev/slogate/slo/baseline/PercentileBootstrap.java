package dev.slogate.slo.baseline;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * How much a percentile moved between a baseline run and the current one, with a bootstrap confidence
 * interval computed from the runs' per-second histograms.
 *
 * <p>Requests are not independent: a GC pause or a noisy neighbour slows every request of a second or two,
 * and resampling single requests as if they were independent gives intervals far too narrow (two healthy
 * runs of the same build then "differ significantly"). So the bootstrap resamples whole seconds: a
 * replicate draws as many blocks of consecutive seconds as the run has, with replacement, adds their
 * histograms exactly and takes the nearest-rank percentile. Long runs are cut into at most
 * {@value #MAX_BLOCKS} blocks of equal length, which keeps a replicate cheap and the blocks long enough to
 * carry the correlation. The two runs are resampled independently and the interval is the percentile
 * interval of the replicated differences (current − baseline). The seed is fixed per comparison, so a
 * report rendered twice shows the same numbers.
 */
final class PercentileBootstrap {

  static final int DEFAULT_REPLICATES = 2_000;
  /** At most this many blocks per run. */
  static final int MAX_BLOCKS = 120;
  /** Fewer blocks than this and the spread between them says nothing. */
  static final int MIN_BLOCKS = 5;

  /**
   * @param baseline the baseline's percentile, ms
   * @param current the current run's percentile, ms
   * @param difference current − baseline, ms
   * @param low the two-sided interval of the difference at the confidence, low end
   * @param high high end
   * @param lowerBound the one-sided lower bound of the difference at the confidence
   * @param upperBound the one-sided upper bound
   */
  record Difference(double baseline, double current, double difference, double low, double high, double lowerBound,
      double upperBound) {}

  private PercentileBootstrap() {}

  /** How many blocks a run of this many seconds is cut into. */
  static int blocks(int seconds) {
    return Math.min(seconds, MAX_BLOCKS);
  }

  /**
   * @param baselineSeconds the baseline's histograms, one per judged second, in time order
   * @param currentSeconds the current run's
   */
  static Difference compare(List<? extends AbstractHistogram> baselineSeconds, List<? extends AbstractHistogram> currentSeconds,
      double percentile, double confidence, int replicates, long seed) {
    double[] axis = valueAxis(baselineSeconds, currentSeconds);
    Blocks before = Blocks.of(baselineSeconds, axis);
    Blocks now = Blocks.of(currentSeconds, axis);
    if (before.total() == 0 || now.total() == 0) {
      throw new IllegalArgumentException("both runs need requests to compare a percentile");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] differences = new double[replicates];
    long[] scratch = new long[axis.length];
    for (int i = 0; i < replicates; i++) {
      differences[i] = now.resample(random, scratch, axis, percentile) - before.resample(random, scratch, axis, percentile);
    }
    Arrays.sort(differences);
    double alpha = 1 - confidence;
    double base = before.percentile(scratch, axis, percentile);
    double current = now.percentile(scratch, axis, percentile);
    return new Difference(base, current, current - base,
        quantile(differences, alpha / 2), quantile(differences, 1 - alpha / 2),
        quantile(differences, alpha), quantile(differences, 1 - alpha));
  }

  /** Every value either run recorded (bucket's highest equivalent value), sorted: the index of dense counts. */
  private static double[] valueAxis(List<? extends AbstractHistogram> a, List<? extends AbstractHistogram> b) {
    TreeSet<Double> values = new TreeSet<>();
    for (List<? extends AbstractHistogram> run : List.of(a, b)) {
      for (AbstractHistogram histogram : run) {
        for (HistogramIterationValue v : histogram.recordedValues()) {
          values.add((double) histogram.highestEquivalentValue(v.getValueIteratedTo()));
        }
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The nearest rank of a percentile, {@code ⌈p·n⌉}: the evaluator's point estimate. */
  static long nearestRank(long n, double percentile) {
    long rank = (long) Math.ceil(percentile / 100.0 * n - 1e-9);
    return Math.max(1, Math.min(n, rank));
  }

  /** Type-1 (inverse of the empirical CDF) quantile of sorted replicates. */
  private static double quantile(double[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** A run cut into blocks of consecutive seconds, each a sparse count vector over the value axis. */
  private record Blocks(int[][] indexes, long[][] counts, long total) {

    static Blocks of(List<? extends AbstractHistogram> seconds, double[] axis) {
      int blockCount = blocks(seconds.size());
      int[][] indexes = new int[blockCount][];
      long[][] counts = new long[blockCount][];
      long total = 0;
      for (int b = 0; b < blockCount; b++) {
        int from = (int) ((long) b * seconds.size() / blockCount);
        int to = (int) ((long) (b + 1) * seconds.size() / blockCount);
        TreeMap<Integer, Long> sparse = new TreeMap<>();
        for (AbstractHistogram histogram : seconds.subList(from, to)) {
          for (HistogramIterationValue v : histogram.recordedValues()) {
            int index = Arrays.binarySearch(axis, histogram.highestEquivalentValue(v.getValueIteratedTo()));
            sparse.merge(index, v.getCountAtValueIteratedTo(), Long::sum);
          }
        }
        indexes[b] = sparse.keySet().stream().mapToInt(Integer::intValue).toArray();
        counts[b] = sparse.values().stream().mapToLong(Long::longValue).toArray();
        total += Arrays.stream(counts[b]).sum();
      }
      return new Blocks(indexes, counts, total);
    }

    /** One replicate's percentile: as many blocks as the run has, drawn with replacement. */
    double resample(SplittableRandom random, long[] dense, double[] axis, double percentile) {
      for (int attempt = 0; ; attempt++) {
        Arrays.fill(dense, 0);
        long n = 0;
        for (int draw = 0; draw < indexes.length; draw++) {
          int b = random.nextInt(indexes.length);
          for (int i = 0; i < indexes[b].length; i++) {
            dense[indexes[b][i]] += counts[b][i];
            n += counts[b][i];
          }
        }
        // A draw of only empty seconds has no percentile; drawing again keeps the replicate conditional on data.
        if (n > 0 || attempt > 100) {
          return n > 0 ? valueAt(dense, axis, nearestRank(n, percentile)) : Double.NaN;
        }
      }
    }

    /** The percentile of the whole run. */
    double percentile(long[] dense, double[] axis, double percentile) {
      Arrays.fill(dense, 0);
      for (int b = 0; b < indexes.length; b++) {
        for (int i = 0; i < indexes[b].length; i++) {
          dense[indexes[b][i]] += counts[b][i];
        }
      }
      return valueAt(dense, axis, nearestRank(total, percentile));
    }

    private static double valueAt(long[] dense, double[] axis, long rank) {
      long cumulative = 0;
      for (int i = 0; i < dense.length; i++) {
        cumulative += dense[i];
        if (cumulative >= rank) {
          return axis[i];
        }
      }
      throw new IllegalStateException("rank " + rank + " beyond " + cumulative + " values");
    }
  }
}
