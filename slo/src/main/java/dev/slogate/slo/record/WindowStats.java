package dev.slogate.slo.record;

import org.HdrHistogram.Histogram;

/**
 * The measurements of a time window added together: what an objective judged on some phases reads. Its
 * histograms are plain sums ({@link SeriesStats#newSumHistogram()}), whichever representation they came from.
 *
 * @see RunMeasurements#window(long, long)
 */
public final class WindowStats extends SeriesTotals {

  private final long fromEpochSecond;
  private final long toEpochSecondExclusive;
  private long slicesWithTraffic;

  WindowStats(long fromEpochSecond, long toEpochSecondExclusive) {
    super(SeriesStats::forSums);
    this.fromEpochSecond = fromEpochSecond;
    this.toEpochSecondExclusive = toEpochSecondExclusive;
  }

  void add(TimeSlice slice) {
    if (slice.overall().count() > 0) {
      slicesWithTraffic++;
    }
    addAll(slice);
  }

  /**
   * A segment of a {@link WindowedRun}; its seconds with traffic are counted apart, per second. A segment keeps no
   * histogram of all requests together: that is the sum of its request names' ones, added here.
   */
  void add(SegmentTotals segment, SeriesIndex series) {
    addCounters(segment);
    for (int index = 0; index < segment.seriesBound(); index++) {
      Histogram ok = segment.ok(index);
      Histogram ko = segment.ko(index);
      if (ok == null && ko == null) {
        continue;
      }
      switch (series.kind(index)) {
        case REQUEST -> {
          request(series.name(index)).add(ok, ko);
          overall().add(ok, ko);
        }
        case GROUP -> group(series.name(index)).add(ok, ko);
        case ALL -> throw new IllegalStateException("a segment keeps no histogram of all requests together");
      }
    }
    segment.koMessages().forEach((message, count) -> countKoMessage(message, count[0]));
  }

  void addSlicesWithTraffic(long seconds) {
    slicesWithTraffic += seconds;
  }

  public long fromEpochSecond() {
    return fromEpochSecond;
  }

  public long toEpochSecondExclusive() {
    return toEpochSecondExclusive;
  }

  /** Length of the window in seconds, whether or not traffic was seen in each of them. */
  public long seconds() {
    return Math.max(0, toEpochSecondExclusive - fromEpochSecond);
  }

  public long slicesWithTraffic() {
    return slicesWithTraffic;
  }

}
