package dev.slogate.slo.eval;

/**
 * How late the injector started users in one phase: at each instant, the time by which the achieved cumulative
 * arrivals trailed the plan's cumulative curve (how long ago the plan had reached the arrivals achieved so far).
 * Catching up after a deficit is lag too: until the backlog is gone, the users started are older than the plan says.
 * Read every 100 ms over the phase's judged window, from the log's user starts ({@link ScheduleLagCheck}).
 *
 * @param maxMillis the largest lag seen in the window
 * @param p99Millis the 99th percentile of the lags read every 100 ms
 * @param allowedMillis the bound: a phase whose largest lag is above it is INVALID ({@link ScheduleLagCheck#allowedMillis})
 */
public record ScheduleLag(long maxMillis, long p99Millis, long allowedMillis) {

  /** Whether the injector fell further behind the plan than the bound allows. */
  public boolean exceeded() {
    return maxMillis > allowedMillis;
  }
}
