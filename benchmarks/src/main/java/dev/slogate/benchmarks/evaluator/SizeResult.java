package dev.slogate.benchmarks.evaluator;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Cold slogate and cold Gatling on one log, round by round (each round runs the two back to back).
 *
 * @param requests Request records in the log
 * @param records every record in it (users, requests, groups, errors)
 * @param bytes the log's size
 * @param slices per-second slices in the RunRecord (the run's length in seconds)
 * @param decodeMillis slogate's decode (log → RunRecord), per round
 * @param evaluateMillis slogate's evaluation, per round
 * @param slogateWallMillis slogate's whole cold process, per round
 * @param gatlingWallMillis Gatling's {@code -ro} process, per round
 * @param peakHeapBytes slogate's peak heap (sum of pool peaks), last round
 * @param retainedHeapBytes slogate's live heap with record and evaluation held, last round
 * @param slogateRssKilobytes slogate's peak RSS, last round
 * @param gatlingRssKilobytes Gatling's peak RSS, last round
 * @param verdict slogate's verdict (the same every round)
 */
record SizeResult(long requests, long records, long bytes, long slices, long[] decodeMillis, long[] evaluateMillis,
    long[] slogateWallMillis, long[] gatlingWallMillis, long peakHeapBytes, long retainedHeapBytes,
    OptionalLong slogateRssKilobytes, OptionalLong gatlingRssKilobytes, String verdict) {

  long decodeAndEvaluateMillis() {
    long[] sums = new long[decodeMillis.length];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = decodeMillis[i] + evaluateMillis[i];
    }
    return median(sums);
  }

  /** Median over rounds of Gatling's wall ÷ slogate's wall, each pair measured back to back. */
  double processRatio() {
    double[] ratios = new double[gatlingWallMillis.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = gatlingWallMillis[i] / (double) slogateWallMillis[i];
    }
    return median(ratios);
  }

  /** Median over rounds of Gatling's wall ÷ slogate's decode + evaluate inside its JVM. */
  double inProcessRatio() {
    double[] ratios = new double[gatlingWallMillis.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = gatlingWallMillis[i] / (double) (decodeMillis[i] + evaluateMillis[i]);
    }
    return median(ratios);
  }

  /** Records per second through decode + evaluate (median round). */
  double recordsPerSecond() {
    return records * 1000.0 / decodeAndEvaluateMillis();
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  static String list(long[] values) {
    return String.join(" ", Arrays.stream(values).mapToObj(Long::toString).toList());
  }

  static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
