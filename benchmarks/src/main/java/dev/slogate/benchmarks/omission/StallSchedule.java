package dev.slogate.benchmarks.omission;

import org.HdrHistogram.Histogram;

/**
 * When the stall server freezes: for {@code stallMillis} at the start of every {@code periodMillis}, aligned on
 * the epoch (with a 10 s period and a 1 s stall: during the first second of every tenth epoch second). Any
 * window of whole periods, wherever it starts, holds exactly one stall per period.
 *
 * <p>It also gives the truth an open-model client should report: arrivals are the plan's, independent of the
 * server, so a request that arrives {@code x} ms into a stall waits {@code stallMillis - x} ms. With uniform
 * arrivals, a share {@code stall/period} of all requests waits, uniformly between 0 and the stall's length:
 * for a 1 s stall every 10 s, p95 is 500 ms, p99 900 ms, p99.9 990 ms, and p90 and below are the server's own
 * time (about nothing).
 *
 * @param periodMillis from one stall's start to the next
 * @param stallMillis how long each stall lasts
 */
record StallSchedule(long periodMillis, long stallMillis) {

  StallSchedule {
    if (stallMillis <= 0 || stallMillis >= periodMillis) {
      throw new IllegalArgumentException("a stall must be shorter than its period");
    }
  }

  /** How long a request arriving at {@code epochMillis} must wait for the stall to end; 0 outside stalls. */
  long waitMillis(long epochMillis) {
    long into = Math.floorMod(epochMillis, periodMillis);
    return into < stallMillis ? stallMillis - into : 0;
  }

  /**
   * The latencies (µs) of uniform arrivals at {@code ratePerSecond} over {@code [fromMillis, toMillis)} against a
   * server that otherwise answers in {@code baseMicros}.
   */
  Histogram openModelTruth(long fromMillis, long toMillis, double ratePerSecond, long baseMicros) {
    Histogram micros = new Histogram(3);
    long arrivals = Math.round((toMillis - fromMillis) * ratePerSecond / 1000.0);
    double gapMicros = 1_000_000.0 / ratePerSecond;
    for (long i = 0; i < arrivals; i++) {
      long atMicros = fromMillis * 1000 + Math.round(i * gapMicros);
      long into = Math.floorMod(atMicros, periodMillis * 1000);
      long waitMicros = into < stallMillis * 1000 ? stallMillis * 1000 - into : 0;
      micros.recordValue(waitMicros + baseMicros);
    }
    return micros;
  }
}
