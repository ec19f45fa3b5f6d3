package dev.slogate.slo.record;

/**
 * Counts user starts per 100 ms tick and user ends per second as a {@link WindowedRunBuilder} reads the log, into a
 * {@link UserTimeline}. Over a fixed range of seconds (a plan's windows; what lies before it is kept as one count,
 * what lies after is dropped) or over whatever seconds occur. A fixed number of longs per second, whatever the rate.
 */
final class UserTimelineBuilder {

  private final boolean wholeRun;
  private final long fromSecond;
  private final long toSecond;
  private final SecondCounts startsPerTick;
  private final SecondCounts endsPerSecond;
  private long startsBefore;
  private long endsBefore;
  private long firstSecondSeen = Long.MAX_VALUE;
  private long lastSecondSeen = Long.MIN_VALUE;

  private UserTimelineBuilder(boolean wholeRun, long fromSecond, long toSecond) {
    this.wholeRun = wholeRun;
    this.fromSecond = fromSecond;
    this.toSecond = toSecond;
    this.startsPerTick = wholeRun ? SecondCounts.growable()
        : SecondCounts.within(fromSecond * UserTimeline.TICKS_PER_SECOND, toSecond * UserTimeline.TICKS_PER_SECOND);
    this.endsPerSecond = wholeRun ? SecondCounts.growable() : SecondCounts.within(fromSecond, toSecond);
  }

  /** The seconds {@code [from, to)}, and the count of what came before. */
  static UserTimelineBuilder within(long fromEpochSecond, long toEpochSecondExclusive) {
    return new UserTimelineBuilder(false, fromEpochSecond, Math.max(fromEpochSecond, toEpochSecondExclusive));
  }

  /** Every second of the run. */
  static UserTimelineBuilder wholeRun() {
    return new UserTimelineBuilder(true, 0, 0);
  }

  void started(long epochMillis) {
    long second = seen(epochMillis);
    if (!wholeRun && second < fromSecond) {
      startsBefore++;
    } else {
      startsPerTick.increment(UserTimeline.tickOf(epochMillis));
    }
  }

  void ended(long epochMillis) {
    long second = seen(epochMillis);
    if (!wholeRun && second < fromSecond) {
      endsBefore++;
    } else {
      endsPerSecond.increment(second);
    }
  }

  UserTimeline build() {
    long from = wholeRun ? (firstSecondSeen == Long.MAX_VALUE ? 0 : firstSecondSeen) : fromSecond;
    long to = wholeRun ? (firstSecondSeen == Long.MAX_VALUE ? 0 : lastSecondSeen + 1) : toSecond;
    long[] starts = new long[Math.toIntExact((to - from) * UserTimeline.TICKS_PER_SECOND)];
    startsPerTick.addTo(starts, from * UserTimeline.TICKS_PER_SECOND);
    long[] ends = new long[Math.toIntExact(to - from)];
    endsPerSecond.addTo(ends, from);
    return UserTimeline.of(from * UserTimeline.TICKS_PER_SECOND, starts, startsBefore, from, ends, endsBefore, wholeRun);
  }

  private long seen(long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000);
    firstSecondSeen = Math.min(firstSecondSeen, second);
    lastSecondSeen = Math.max(lastSecondSeen, second);
    return second;
  }
}
