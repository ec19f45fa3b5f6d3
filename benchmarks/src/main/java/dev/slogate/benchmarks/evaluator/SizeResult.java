package dev.slogate.benchmarks.evaluator;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * One log, measured round by round: each round runs {@code slogate evaluate} (the launcher, cold), the same work
 * taken apart by {@link ColdEvaluate}, and Gatling's {@code -ro} (cold) back to back; then the full RunRecord path
 * once, for contrast.
 *
 * @param requests Request records in the log
 * @param records every record in it (users, requests, groups, errors)
 * @param bytes the log's size
 * @param cliWallMillis {@code slogate evaluate}'s whole cold process, per round
 * @param gatlingWallMillis Gatling's {@code -ro} process, per round
 * @param windowed {@link ColdEvaluate} in the command's own mode, per round
 * @param fullRecord {@link ColdEvaluate} reading the full RunRecord, once
 * @param cliRssKilobytes the command's peak RSS, last round
 * @param gatlingRssKilobytes Gatling's peak RSS, last round
 * @param cliVerdict the verdict line the command printed (the same every round)
 */
record SizeResult(long requests, long records, long bytes, long[] cliWallMillis, long[] gatlingWallMillis,
    List<ColdFigures> windowed, ColdFigures fullRecord, OptionalLong cliRssKilobytes, OptionalLong gatlingRssKilobytes,
    String cliVerdict) {

  /** Median over rounds of Gatling's wall ÷ the command's, each pair measured back to back. */
  double processRatio() {
    double[] ratios = new double[gatlingWallMillis.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = gatlingWallMillis[i] / (double) cliWallMillis[i];
    }
    return median(ratios);
  }

  long seconds() {
    return windowed.get(windowed.size() - 1).seconds();
  }

  long cliMillis() {
    return median(cliWallMillis);
  }

  long gatlingMillis() {
    return median(gatlingWallMillis);
  }

  /** Median over rounds of one of {@link ColdEvaluate}'s figures. */
  long windowedMedian(ToLongFunction<ColdFigures> figure) {
    return median(windowed.stream().mapToLong(figure).toArray());
  }

  /** Records per second through the command's whole cold process. */
  double recordsPerSecondWholeCommand() {
    return records * 1000.0 / cliMillis();
  }

  /** Records per second through decode + evaluate in a cold JVM. */
  double recordsPerSecondDecodeAndEvaluate() {
    return records * 1000.0 / windowedMedian(ColdFigures::decodeAndEvaluateMillis);
  }

  ColdFigures lastWindowed() {
    return windowed.get(windowed.size() - 1);
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
}
