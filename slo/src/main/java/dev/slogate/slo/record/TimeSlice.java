package dev.slogate.slo.record;

/**
 * Everything that started within one epoch second. Slices are aligned on epoch seconds, not on the run's
 * start, so that records from several injectors line up and merge exactly.
 *
 * <p>A request belongs to the second in which it <em>started</em>: that is when the injector sent it, which
 * is what the planned arrival rate is about.
 */
public final class TimeSlice extends SeriesTotals {

  private final long epochSecond;

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

  void userStarted() {
    countUserStarted();
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
  }

  TimeSlice copy() {
    TimeSlice copy = new TimeSlice(epochSecond);
    copy.add(this);
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSlice other && epochSecond == other.epochSecond && totalsEqual(other);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(epochSecond) * 31 + overall().hashCode();
  }
}
