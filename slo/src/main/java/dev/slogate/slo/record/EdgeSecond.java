package dev.slogate.slo.record;

import java.util.Arrays;

/**
 * The events of the first or the last second of a run read without a plan, kept one long each until it is known
 * whether the second is an edge of the run (judged only in the whole run) or inside it (in the interior that
 * throughput reads too). When a later second arrives, the old last second is inside: its events are replayed into
 * the interior's histograms, and the buffer is reused for the new last second. Replaying adds exactly what
 * recording would have, so the interior never needs a histogram per second, nor a subtraction.
 */
final class EdgeSecond extends CountingSink {

  // One event per long: series number, outcome, value.
  private static final int SERIES_SHIFT = 42;
  private static final long OK_BIT = 1L << 41;
  private static final long VALUE_MASK = OK_BIT - 1;
  private static final int MAX_SERIES = 1 << 21;

  private long epochSecond;
  private long[] events = new long[1024];
  private int size;

  EdgeSecond(long epochSecond) {
    this.epochSecond = epochSecond;
  }

  long epochSecond() {
    return epochSecond;
  }

  @Override
  public void request(int series, long latencyMillis, boolean ok, String message) {
    keep(series, ok, latencyMillis);
    if (!ok) {
      countKoMessages(TimeSlice.koMessageKey(message), 1);
    }
  }

  @Override
  public void group(int series, long durationMillis, boolean ok) {
    keep(series, ok, durationMillis);
  }

  /** Adds everything kept here to {@code target}, exactly as if it had been recorded there. */
  void replayInto(SegmentTotals target) {
    for (int i = 0; i < size; i++) {
      long event = events[i];
      int series = (int) (event >>> SERIES_SHIFT);
      boolean ok = (event & OK_BIT) != 0;
      target.recordLatency(series, event & VALUE_MASK, ok);
    }
    target.addCounters(this);
    koMessages().forEach((message, count) -> target.countKoMessages(message, count[0]));
  }

  /** Empties the buffer for another second, keeping its capacity. */
  void reset(long newEpochSecond) {
    epochSecond = newEpochSecond;
    size = 0;
    clearCounts();
  }

  private void keep(int series, boolean ok, long valueMillis) {
    long value = Math.max(0, valueMillis);
    if (value > VALUE_MASK || series >= MAX_SERIES) {
      throw new IllegalArgumentException("cannot keep a value of " + valueMillis + " ms of series " + series
          + ": at most " + VALUE_MASK + " ms and " + MAX_SERIES + " series");
    }
    if (size == events.length) {
      events = Arrays.copyOf(events, size * 2);
    }
    events[size++] = ((long) series << SERIES_SHIFT) | (ok ? OK_BIT : 0) | value;
  }
}
