package dev.slogate.slo.record;

/**
 * The counters every holder of a span's totals keeps, whatever the span (a second, a segment, a window) and
 * however it keeps its latencies: virtual users started and ended, and Gatling's own errors.
 *
 * <p>The latencies are kept in three ways on purpose, each where it is cheapest: by name in
 * {@link SeriesTotals} (a {@link RunRecord}'s slices and the windows read from them), by series number in plain
 * histograms in a {@link WindowedRun}'s segments, and as raw events in the one second at a windowed run's edge.
 */
public abstract class Totals {

  private long usersStarted;
  private long usersEnded;
  private long crashErrors;

  Totals() {}

  /** Virtual users that started in the span: the achieved arrival rate of an open model. */
  public final long usersStarted() {
    return usersStarted;
  }

  public final long usersEnded() {
    return usersEnded;
  }

  /** Gatling's own errors (a failed expression, a crashed action), which produce no request. */
  public final long crashErrors() {
    return crashErrors;
  }

  final void countUserStarted() {
    usersStarted++;
  }

  final void countUserEnded() {
    usersEnded++;
  }

  final void countCrashError() {
    crashErrors++;
  }

  final void addCounters(long started, long ended, long crashes) {
    usersStarted += started;
    usersEnded += ended;
    crashErrors += crashes;
  }

  final void addCounters(Totals other) {
    addCounters(other.usersStarted, other.usersEnded, other.crashErrors);
  }

  final void clearCounters() {
    usersStarted = 0;
    usersEnded = 0;
    crashErrors = 0;
  }

  final boolean countersEqual(Totals other) {
    return usersStarted == other.usersStarted && usersEnded == other.usersEnded && crashErrors == other.crashErrors;
  }
}
