package dev.slogate.slo.record;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The measurements of one run aggregated per segment of time rather than per second: the form the evaluator
 * needs when it is known before reading which windows it will judge. Per segment (between the cut points of
 * {@link CutPoints}) and per series it holds a histogram of successful and of failed response times; per second
 * only the counters that sliding windows need (requests, and failures of each series that failed). Its size
 * depends on the phases and series plus a few longs per second, so a ten-hour run costs no more histograms than a
 * ten-minute one.
 *
 * <p>It answers exactly the windows made of whole segments, and refuses any other with an
 * {@link IllegalArgumentException} rather than answer with a wrong number. It cannot be saved, merged or charted;
 * that is the {@link RunRecord}'s job. Immutable once built.
 */
public final class WindowedRun implements RunMeasurements {

  /**
   * What a windowed run holds, for checking that it does not grow with the run's length.
   *
   * @param segments segments aggregated
   * @param histograms histograms over all segments and series
   * @param secondCounters per-second counters (longs) over all series
   */
  public record Footprint(int segments, int histograms, long secondCounters) {}

  private final RunMetadata metadata;
  private final long firstEpochSecond;
  private final long endEpochSecondExclusive;
  private final List<Segment> segments;
  private final boolean keepsEverySecond;
  private final SeriesIndex series;
  private final SecondCounts requestsPerSecond;
  private final SecondCounts[] failuresPerSecond;
  private final long crashErrors;
  private final UserTimeline users;

  WindowedRun(RunMetadata metadata, long firstEpochSecond, long endEpochSecondExclusive, List<Segment> segments,
      boolean keepsEverySecond, SeriesIndex series, SecondCounts requestsPerSecond, SecondCounts[] failuresPerSecond,
      long crashErrors, UserTimeline users) {
    this.metadata = metadata;
    this.firstEpochSecond = firstEpochSecond;
    this.endEpochSecondExclusive = endEpochSecondExclusive;
    this.segments = List.copyOf(segments);
    this.keepsEverySecond = keepsEverySecond;
    this.series = series;
    this.requestsPerSecond = requestsPerSecond;
    this.failuresPerSecond = failuresPerSecond;
    this.crashErrors = crashErrors;
    this.users = users;
  }

  @Override
  public RunMetadata metadata() {
    return metadata;
  }

  @Override
  public long firstEpochSecond() {
    return firstEpochSecond;
  }

  @Override
  public long endEpochSecondExclusive() {
    return endEpochSecondExclusive;
  }

  @Override
  public WindowStats window(long fromEpochSecond, long toEpochSecondExclusive) {
    WindowStats window = new WindowStats(fromEpochSecond, toEpochSecondExclusive);
    if (toEpochSecondExclusive <= fromEpochSecond) {
      return window;
    }
    requireKept(fromEpochSecond, toEpochSecondExclusive, "the window");
    for (Segment segment : segments) {
      if (segment.isInside(fromEpochSecond, toEpochSecondExclusive)) {
        window.add(segment.totals(), series);
      }
    }
    window.addSlicesWithTraffic(requestsPerSecond.secondsAboveZero(fromEpochSecond, toEpochSecondExclusive));
    return window;
  }

  @Override
  public long[] failuresPerSecond(SeriesFilter filter, long fromEpochSecond, long toEpochSecondExclusive) {
    if (toEpochSecondExclusive <= fromEpochSecond) {
      return new long[0];
    }
    if (!keepsEverySecond && (segments.isEmpty() || fromEpochSecond < keptFrom() || toEpochSecondExclusive > keptTo())) {
      throw notKept("the seconds", fromEpochSecond, toEpochSecondExclusive);
    }
    long[] failed = new long[Math.toIntExact(toEpochSecondExclusive - fromEpochSecond)];
    for (int index = 0; index < failuresPerSecond.length; index++) {
      if (failuresPerSecond[index] != null && series.selects(filter, index)) {
        failuresPerSecond[index].addTo(failed, fromEpochSecond);
      }
    }
    return failed;
  }

  @Override
  public long crashErrors() {
    return crashErrors;
  }

  @Override
  public Optional<UserTimeline> users() {
    return Optional.of(users);
  }

  public Footprint footprint() {
    int histograms = segments.stream().mapToInt(s -> s.totals().histograms()).sum();
    long counters = requestsPerSecond.capacity();
    for (SecondCounts counts : failuresPerSecond) {
      counters += counts == null ? 0 : counts.capacity();
    }
    return new Footprint(segments.size(), histograms, counters);
  }

  /** A window is exact when it holds every segment it touches whole, and (with fixed cuts) lies within them. */
  private void requireKept(long from, long to, String what) {
    boolean outsideKept = !keepsEverySecond && (segments.isEmpty() || from < keptFrom() || to > keptTo());
    boolean cutsASegment = segments.stream().anyMatch(s -> s.overlaps(from, to) && !s.isInside(from, to));
    if (outsideKept || cutsASegment) {
      throw notKept(what, from, to);
    }
  }

  private IllegalArgumentException notKept(String what, long from, long to) {
    String kept = segments.isEmpty()
        ? "no window"
        : "only windows between the seconds " + segments.stream().map(s -> Long.toString(s.fromEpochSecond()))
            .collect(Collectors.joining(", ")) + " and " + keptTo()
            + (keepsEverySecond ? " (the whole run, its first and last seconds apart)" : " (the phase windows it was read for)");
    return new IllegalArgumentException("this run was aggregated for " + kept + ", so " + what + " [" + from + ", " + to
        + ") cannot be answered exactly; read the log into a RunRecord to judge other windows");
  }

  private long keptFrom() {
    return segments.get(0).fromEpochSecond();
  }

  private long keptTo() {
    return segments.get(segments.size() - 1).toEpochSecondExclusive();
  }

  @Override
  public String toString() {
    return "WindowedRun[" + metadata.runId() + ", " + metadata.simulation() + ", " + segments.size() + " segments, "
        + (series.size() - 1) + " series]";
  }
}
