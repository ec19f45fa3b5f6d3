package dev.slogate.chaos.failover;

import dev.slogate.slo.record.RunRecord;

/** Counts the load generator's failed requests in a stretch of time, for a fault window's KOs. */
@FunctionalInterface
public interface KoCounter {

  /** Failed requests between two epoch milliseconds. */
  long koBetween(long fromEpochMillis, long toEpochMillis);

  /** No load generator: no KOs. */
  static KoCounter none() {
    return (from, to) -> 0;
  }

  /**
   * From a run record's one-second slices. The record only knows whole seconds, so the count covers every
   * second the window touches: it can include KOs up to a second either side of the window, never miss one.
   */
  static KoCounter of(RunRecord record) {
    return (from, to) -> {
      if (record.isEmpty()) {
        return 0;
      }
      long fromSecond = Math.floorDiv(from, 1000);
      long toSecondExclusive = Math.floorDiv(to + 999, 1000);
      return toSecondExclusive <= fromSecond ? 0 : record.window(fromSecond, toSecondExclusive).overall().koCount();
    };
  }
}
