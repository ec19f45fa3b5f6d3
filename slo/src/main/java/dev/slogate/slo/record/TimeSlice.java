package dev.slogate.slo.record;

import java.util.Arrays;

/**
 * Everything that started within one epoch second. Slices are aligned on epoch seconds, not on the run's
 * start, so that records from several injectors line up and merge exactly.
 *
 * <p>A request belongs to the second in which it <em>started</em>: that is when the injector sent it, which
 * is what the planned arrival rate is about.
 */
public final class TimeSlice extends SeriesTotals {

  private final long epochSecond;
  /**
   * Users started in each tenth of the second ({@link UserTimeline#TICK_MILLIS}); null when unknown: a slice of a
   * record saved before they were kept, which had users start in it.
   */
  private long[] startsPerTick = new long[UserTimeline.TICKS_PER_SECOND];

  public TimeSlice(long epochSecond) {
    super(SeriesStats::new);
    this.epochSecond = epochSecond;
  }

  public long epochSecond() {
    return epochSecond;
  }

  void recordRequest(String name, long latencyMillis, boolean ok, String message) {
    overall().record(latencyMillis, ok);
    request(name).record(latencyMillis, ok);
    if (!ok) {
      countKoMessage(koMessageKey(message), 1L);
    }
  }

  /** How a failure message is counted: a KO without one still counts, under a name that says so. */
  static String koMessageKey(String message) {
    return message == null || message.isEmpty() ? "(no message)" : message;
  }

  void recordGroup(String path, long durationMillis, boolean ok) {
    group(path).record(durationMillis, ok);
  }

  void userStarted(long epochMillis) {
    countUserStarted();
    if (startsPerTick != null) {
      startsPerTick[(int) (Math.floorMod(epochMillis, 1000L) / UserTimeline.TICK_MILLIS)]++;
    }
  }

  /** Users started in each tenth of this second, or null when this slice was saved without them. A copy. */
  long[] startsPerTick() {
    return startsPerTick == null ? null : startsPerTick.clone();
  }

  /** Sets the starts per tenth read back from a file: null when the file did not keep them. */
  void setStartsPerTick(long[] starts) {
    if (starts != null && (starts.length != UserTimeline.TICKS_PER_SECOND || Arrays.stream(starts).sum() != usersStarted())) {
      throw new IllegalArgumentException("users started per tenth of a second must be " + UserTimeline.TICKS_PER_SECOND
          + " counts adding up to " + usersStarted() + ", got " + Arrays.toString(starts));
    }
    // A slice without any user start knows its tenths: all zero.
    startsPerTick = starts != null ? starts.clone() : usersStarted() == 0 ? new long[UserTimeline.TICKS_PER_SECOND] : null;
  }

  void userEnded() {
    countUserEnded();
  }

  void crashError() {
    countCrashError();
  }

  void setCounters(long usersStarted, long usersEnded, long crashErrors) {
    clearCounters();
    addCounters(usersStarted, usersEnded, crashErrors);
  }

  /** Adds another slice of the same second into this one. */
  void add(TimeSlice other) {
    if (other.epochSecond != epochSecond) {
      throw new IllegalArgumentException("cannot add slice " + other.epochSecond + " to " + epochSecond);
    }
    addAll(other);
    if (startsPerTick == null || other.startsPerTick == null) {
      // Unknown on either side stays unknown, unless that side started nobody.
      startsPerTick = other.usersStarted() == 0 ? startsPerTick
          : usersStarted() == other.usersStarted() && other.startsPerTick != null ? other.startsPerTick.clone() : null;
    } else {
      Arrays.setAll(startsPerTick, i -> startsPerTick[i] + other.startsPerTick[i]);
    }
  }

  TimeSlice copy() {
    TimeSlice copy = new TimeSlice(epochSecond);
    copy.add(this);
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSlice other && epochSecond == other.epochSecond && totalsEqual(other)
        && Arrays.equals(startsPerTick, other.startsPerTick);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(epochSecond) * 31 + overall().hashCode();
  }
}
