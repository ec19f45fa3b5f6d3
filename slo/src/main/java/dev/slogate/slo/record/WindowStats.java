package dev.slogate.slo.record;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The measurements of a time window added together: what an objective judged on some phases reads. Its
 * histograms are plain sums ({@link SeriesStats#newSumHistogram()}), whichever representation they came from.
 *
 * @see RunMeasurements#window(long, long)
 */
public final class WindowStats {

  private final long fromEpochSecond;
  private final long toEpochSecondExclusive;
  private long usersStarted;
  private long usersEnded;
  private long crashErrors;
  private long slicesWithTraffic;
  private final SeriesStats overall = SeriesStats.forSums();
  private final Map<String, SeriesStats> requests = new TreeMap<>();
  private final Map<String, SeriesStats> groups = new TreeMap<>();
  private final Map<String, Long> koMessages = new TreeMap<>();

  WindowStats(long fromEpochSecond, long toEpochSecondExclusive) {
    this.fromEpochSecond = fromEpochSecond;
    this.toEpochSecondExclusive = toEpochSecondExclusive;
  }

  void add(TimeSlice slice) {
    usersStarted += slice.usersStarted();
    usersEnded += slice.usersEnded();
    crashErrors += slice.crashErrors();
    if (slice.overall().count() > 0) {
      slicesWithTraffic++;
    }
    overall.add(slice.overall());
    slice.requests().forEach((name, stats) -> requests.computeIfAbsent(name, n -> SeriesStats.forSums()).add(stats));
    slice.groups().forEach((name, stats) -> groups.computeIfAbsent(name, n -> SeriesStats.forSums()).add(stats));
    slice.koMessages().forEach((message, count) -> koMessages.merge(message, count, Long::sum));
  }

  /**
   * A segment of a {@link WindowedRun}; its seconds with traffic are counted apart, per second. A segment keeps no
   * histogram of all requests together: that is the sum of its request names' ones, added here.
   */
  void add(SegmentTotals segment, SeriesIndex series) {
    usersStarted += segment.usersStarted();
    usersEnded += segment.usersEnded();
    crashErrors += segment.crashErrors();
    for (int index = 0; index < segment.seriesBound(); index++) {
      Histogram ok = segment.ok(index);
      Histogram ko = segment.ko(index);
      if (ok == null && ko == null) {
        continue;
      }
      switch (series.kind(index)) {
        case REQUEST -> {
          requests.computeIfAbsent(series.name(index), n -> SeriesStats.forSums()).add(ok, ko);
          overall.add(ok, ko);
        }
        case GROUP -> groups.computeIfAbsent(series.name(index), n -> SeriesStats.forSums()).add(ok, ko);
        case ALL -> throw new IllegalStateException("a segment keeps no histogram of all requests together");
      }
    }
    segment.koMessages().forEach((message, count) -> koMessages.merge(message, count[0], Long::sum));
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

  public long usersStarted() {
    return usersStarted;
  }

  public long usersEnded() {
    return usersEnded;
  }

  public long crashErrors() {
    return crashErrors;
  }

  public SeriesStats overall() {
    return overall;
  }

  public Map<String, SeriesStats> requests() {
    return Collections.unmodifiableMap(requests);
  }

  public Map<String, SeriesStats> groups() {
    return Collections.unmodifiableMap(groups);
  }

  public Map<String, Long> koMessages() {
    return Collections.unmodifiableMap(koMessages);
  }
}
