package dev.slogate.slo.record;

import java.util.Arrays;
import java.util.List;

/**
 * Accumulates events, as a log reader streams them, into a {@link WindowedRun}: histograms per segment and
 * series, counters per second. What it holds depends on the segments and series, plus a few longs per second,
 * never on the number of requests. An event belongs to the second it started in, wherever it appears in the log,
 * so a slow request logged late still lands in its own window.
 *
 * <p>Not thread-safe: one reader feeds one builder.
 */
public final class WindowedRunBuilder implements RunEventSink {

  private final SeriesIndex series = new SeriesIndex();
  private final Segmentation segments;
  private final SecondCounts requestsPerSecond;
  private final UserTimelineBuilder users;
  /** By series number; null until the series first fails. */
  private SecondCounts[] failuresPerSecond = new SecondCounts[8];
  private long crashErrors;
  private long firstSecond = Long.MAX_VALUE;
  private long lastSecond = Long.MIN_VALUE;

  private WindowedRunBuilder(Segmentation segments) {
    this.segments = segments;
    this.requestsPerSecond = segments.newSecondCounts();
    this.users = segments.newUserTimeline();
  }

  /** Segments between the cut points for a run that started at {@code epochStartMillis}. */
  public static WindowedRunBuilder of(CutPoints cuts, long epochStartMillis) {
    return cuts.isWholeRun() ? wholeRun() : new WindowedRunBuilder(new FixedSegments(cuts.seconds(epochStartMillis)));
  }

  /** Segments between these epoch seconds (in any order); windows whose bounds are among them can be read. */
  public static WindowedRunBuilder cutAt(long... epochSeconds) {
    return new WindowedRunBuilder(new FixedSegments(Arrays.stream(epochSeconds).sorted().distinct().toArray()));
  }

  /** No plan: the whole run, and its interior without the first and last seconds. */
  public static WindowedRunBuilder wholeRun() {
    return new WindowedRunBuilder(new WholeRunSegments());
  }

  /** One request; its series is its name, whatever its groups. */
  @Override
  public WindowedRunBuilder request(
      String name, List<String> groups, long startEpochMillis, long endEpochMillis, boolean ok, String message) {
    long second = seen(startEpochMillis);
    int index = series.request(name);
    segments.at(second).request(index, endEpochMillis - startEpochMillis, ok, message);
    requestsPerSecond.increment(second);
    if (!ok) {
      failed(SeriesIndex.ALL, second);
      failed(index, second);
    }
    return this;
  }

  @Override
  public WindowedRunBuilder group(List<String> groupPath, long startEpochMillis, long endEpochMillis, boolean ok) {
    long second = seen(startEpochMillis);
    int index = series.group(groupPath);
    segments.at(second).group(index, endEpochMillis - startEpochMillis, ok);
    if (!ok) {
      failed(index, second);
    }
    return this;
  }

  @Override
  public WindowedRunBuilder userStarted(long epochMillis) {
    segments.at(seen(epochMillis)).userStarted();
    users.started(epochMillis);
    return this;
  }

  @Override
  public WindowedRunBuilder userEnded(long epochMillis) {
    segments.at(seen(epochMillis)).userEnded();
    users.ended(epochMillis);
    return this;
  }

  @Override
  public WindowedRunBuilder crashError(long epochMillis) {
    segments.at(seen(epochMillis)).crashError();
    crashErrors++;
    return this;
  }

  /** The aggregates; the builder must not be used afterwards. */
  public WindowedRun build(RunMetadata metadata) {
    long first = firstSecond == Long.MAX_VALUE ? Math.floorDiv(metadata.epochStartMillis(), 1000) : firstSecond;
    long end = firstSecond == Long.MAX_VALUE ? first : lastSecond + 1;
    return new WindowedRun(metadata, first, end, segments.finish(), segments.keepsEverySecond(), series,
        requestsPerSecond, Arrays.copyOf(failuresPerSecond, series.size()), crashErrors, users.build());
  }

  private long seen(long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000);
    if (second < firstSecond) {
      firstSecond = second;
    }
    if (second > lastSecond) {
      lastSecond = second;
    }
    return second;
  }

  private void failed(int index, long second) {
    if (index >= failuresPerSecond.length) {
      failuresPerSecond = Arrays.copyOf(failuresPerSecond, Math.max(index + 1, failuresPerSecond.length * 2));
    }
    SecondCounts counts = failuresPerSecond[index];
    if (counts == null) {
      counts = segments.newSecondCounts();
      failuresPerSecond[index] = counts;
    }
    counts.increment(second);
  }
}
