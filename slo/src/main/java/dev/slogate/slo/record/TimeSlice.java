package dev.slogate.slo.record;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that started within one epoch second. Slices are aligned on epoch seconds, not on the run's
 * start, so that records from several injectors line up and merge exactly.
 *
 * <p>A request belongs to the second in which it <em>started</em>: that is when the injector sent it, which
 * is what the planned arrival rate is about.
 */
public final class TimeSlice {

  private final long epochSecond;
  private long usersStarted;
  private long usersEnded;
  private long crashErrors;
  private final SeriesStats overall = new SeriesStats();
  private final Map<String, SeriesStats> requests = new TreeMap<>();
  private final Map<String, SeriesStats> groups = new TreeMap<>();
  private final Map<String, Long> koMessages = new TreeMap<>();

  public TimeSlice(long epochSecond) {
    this.epochSecond = epochSecond;
  }

  public long epochSecond() {
    return epochSecond;
  }

  /** Virtual users that started in this second: the achieved arrival rate of an open model. */
  public long usersStarted() {
    return usersStarted;
  }

  public long usersEnded() {
    return usersEnded;
  }

  /** Gatling's own errors (a failed expression, a crashed action), which produce no request. */
  public long crashErrors() {
    return crashErrors;
  }

  public SeriesStats overall() {
    return overall;
  }

  /** Per request name. Do not modify. */
  public Map<String, SeriesStats> requests() {
    return Collections.unmodifiableMap(requests);
  }

  /** Per group path, joined with {@link RunRecord#GROUP_SEPARATOR}. Do not modify. */
  public Map<String, SeriesStats> groups() {
    return Collections.unmodifiableMap(groups);
  }

  /** Failure messages of requests and their counts. */
  public Map<String, Long> koMessages() {
    return Collections.unmodifiableMap(koMessages);
  }

  void recordRequest(String name, long latencyMillis, boolean ok, String message) {
    overall.record(latencyMillis, ok);
    requests.computeIfAbsent(name, n -> new SeriesStats()).record(latencyMillis, ok);
    if (!ok) {
      koMessages.merge(koMessageKey(message), 1L, Long::sum);
    }
  }

  /** How a failure message is counted: a KO without one still counts, under a name that says so. */
  static String koMessageKey(String message) {
    return message == null || message.isEmpty() ? "(no message)" : message;
  }

  void recordGroup(String path, long durationMillis, boolean ok) {
    groups.computeIfAbsent(path, n -> new SeriesStats()).record(durationMillis, ok);
  }

  void userStarted() {
    usersStarted++;
  }

  void userEnded() {
    usersEnded++;
  }

  void crashError() {
    crashErrors++;
  }

  void setCounters(long usersStarted, long usersEnded, long crashErrors) {
    this.usersStarted = usersStarted;
    this.usersEnded = usersEnded;
    this.crashErrors = crashErrors;
  }

  void putRequest(String name, SeriesStats stats) {
    requests.put(name, stats);
  }

  void putGroup(String path, SeriesStats stats) {
    groups.put(path, stats);
  }

  void putKoMessage(String message, long count) {
    koMessages.put(message, count);
  }

  /** Adds another slice of the same second into this one. */
  void add(TimeSlice other) {
    if (other.epochSecond != epochSecond) {
      throw new IllegalArgumentException("cannot add slice " + other.epochSecond + " to " + epochSecond);
    }
    usersStarted += other.usersStarted;
    usersEnded += other.usersEnded;
    crashErrors += other.crashErrors;
    overall.add(other.overall);
    other.requests.forEach((name, stats) -> requests.computeIfAbsent(name, n -> new SeriesStats()).add(stats));
    other.groups.forEach((name, stats) -> groups.computeIfAbsent(name, n -> new SeriesStats()).add(stats));
    other.koMessages.forEach((message, count) -> koMessages.merge(message, count, Long::sum));
  }

  TimeSlice copy() {
    TimeSlice copy = new TimeSlice(epochSecond);
    copy.add(this);
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeSlice other
        && epochSecond == other.epochSecond
        && usersStarted == other.usersStarted
        && usersEnded == other.usersEnded
        && crashErrors == other.crashErrors
        && overall.equals(other.overall)
        && requests.equals(other.requests)
        && groups.equals(other.groups)
        && koMessages.equals(other.koMessages);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(epochSecond) * 31 + overall.hashCode();
  }
}
