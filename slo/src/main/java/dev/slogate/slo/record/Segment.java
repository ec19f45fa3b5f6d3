package dev.slogate.slo.record;

/**
 * One stretch of whole seconds that a {@link WindowedRun} aggregated as a unit: {@code [from, to)}.
 *
 * @param fromEpochSecond its first second
 * @param toEpochSecondExclusive one past its last second
 * @param totals what started in it
 */
record Segment(long fromEpochSecond, long toEpochSecondExclusive, SegmentTotals totals) {

  boolean isInside(long windowFrom, long windowTo) {
    return fromEpochSecond >= windowFrom && toEpochSecondExclusive <= windowTo;
  }

  boolean overlaps(long windowFrom, long windowTo) {
    return fromEpochSecond < windowTo && toEpochSecondExclusive > windowFrom;
  }
}
