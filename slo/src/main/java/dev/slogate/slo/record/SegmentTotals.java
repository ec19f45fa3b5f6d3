package dev.slogate.slo.record;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Everything that started within one segment of a {@link WindowedRun}: counters, and per request name and group
 * a histogram of successful and one of failed response times. Plain {@link Histogram}s, unlike the packed ones of a
 * {@link RunRecord}'s slices: a run holds only a few segments, and recording into a plain histogram is a store at a
 * computed index. Histograms are created when a series first appears in the segment, so the counts match a
 * RunRecord's window exactly (a series is in a window only when it has a request there).
 *
 * <p>All requests together ({@link SeriesIndex#ALL}) get no histogram of their own: every request has exactly one
 * name, so their histogram is the sum of the request names' ones, added when a window is read. That saves one
 * recording per request, the decoder's most frequent work.
 */
final class SegmentTotals extends CountingSink {

  private Histogram[] ok = new Histogram[8];
  private Histogram[] ko = new Histogram[8];

  @Override
  public void request(int series, long latencyMillis, boolean isOk, String message) {
    histogram(isOk, series).recordValue(Math.max(0, latencyMillis));
    if (!isOk) {
      countKoMessages(TimeSlice.koMessageKey(message), 1);
    }
  }

  @Override
  public void group(int series, long durationMillis, boolean isOk) {
    histogram(isOk, series).recordValue(Math.max(0, durationMillis));
  }

  /** A request's or group's latency whose message, if any, is counted separately (replayed from an {@link EdgeSecond}). */
  void recordLatency(int series, long value, boolean isOk) {
    histogram(isOk, series).recordValue(value);
  }

  /** One past the highest series number that may have a histogram here. */
  int seriesBound() {
    return ok.length;
  }

  /** Null when the series had no successful request or execution here. */
  Histogram ok(int series) {
    return ok[series];
  }

  /** Null when the series had no failed request or execution here. */
  Histogram ko(int series) {
    return ko[series];
  }

  int histograms() {
    return (int) (Arrays.stream(ok).filter(h -> h != null).count() + Arrays.stream(ko).filter(h -> h != null).count());
  }

  private Histogram histogram(boolean isOk, int series) {
    if (series >= ok.length) {
      int length = Math.max(series + 1, ok.length * 2);
      ok = Arrays.copyOf(ok, length);
      ko = Arrays.copyOf(ko, length);
    }
    Histogram[] histograms = isOk ? ok : ko;
    Histogram histogram = histograms[series];
    if (histogram == null) {
      histogram = new Histogram(SeriesStats.SIGNIFICANT_DIGITS);
      histograms[series] = histogram;
    }
    return histogram;
  }
}
