package dev.slogate.slo.record;

/**
 * One counter per epoch second (or per tick of another fixed length: {@link UserTimelineBuilder} counts user starts
 * per 100 ms with it), in a plain array: what a {@link WindowedRun} keeps per second (requests, and the
 * failures of each series that ever failed), a long a second however many requests it held.
 *
 * <p>Either over a fixed range of seconds, decided before reading (the seconds the run plan's windows span;
 * counts outside it are not kept), or over whatever seconds occur, growing at either end (a run without a plan,
 * where a request logged late may have started before every second seen so far).
 */
final class SecondCounts {

  private static final int INITIAL_CAPACITY = 64;

  private final boolean growable;
  /** The epoch second of {@code counts[0]}. */
  private long origin;
  private long[] counts;

  private SecondCounts(boolean growable, long origin, int length) {
    this.growable = growable;
    this.origin = origin;
    this.counts = new long[length];
  }

  /** Counts of the seconds in {@code [from, to)} only. */
  static SecondCounts within(long fromEpochSecond, long toEpochSecondExclusive) {
    long length = Math.max(0, toEpochSecondExclusive - fromEpochSecond);
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a window of " + length + " seconds is too long to count per second");
    }
    return new SecondCounts(false, fromEpochSecond, (int) length);
  }

  /** Counts of any second, growing to hold it. */
  static SecondCounts growable() {
    return new SecondCounts(true, 0, 0);
  }

  void increment(long epochSecond) {
    long offset = epochSecond - origin;
    if (offset >= 0 && offset < counts.length) {
      counts[(int) offset]++;
    } else if (growable) {
      grow(epochSecond);
      counts[(int) (epochSecond - origin)]++;
    }
  }

  long get(long epochSecond) {
    long offset = epochSecond - origin;
    return offset >= 0 && offset < counts.length ? counts[(int) offset] : 0;
  }

  /** Adds the count of second {@code fromEpochSecond + i} to {@code target[i]}. */
  void addTo(long[] target, long fromEpochSecond) {
    for (int i = 0; i < target.length; i++) {
      target[i] += get(fromEpochSecond + i);
    }
  }

  /** How many seconds of {@code [from, to)} have a count above zero. */
  long secondsAboveZero(long fromEpochSecond, long toEpochSecondExclusive) {
    long seconds = 0;
    for (long second = Math.max(fromEpochSecond, origin); second < Math.min(toEpochSecondExclusive, origin + counts.length); second++) {
      if (counts[(int) (second - origin)] > 0) {
        seconds++;
      }
    }
    return seconds;
  }

  /** The counters held: the memory this costs, in longs. */
  int capacity() {
    return counts.length;
  }

  private void grow(long epochSecond) {
    if (counts.length == 0) {
      origin = epochSecond - INITIAL_CAPACITY / 2;
      counts = new long[INITIAL_CAPACITY];
      return;
    }
    long from = Math.min(origin, epochSecond);
    long to = Math.max(origin + counts.length, epochSecond + 1);
    // Doubling the room on the side that grew keeps a run of n seconds at O(n) copying.
    long room = Math.max(to - from, 2L * counts.length) - (to - from);
    long newOrigin = epochSecond < origin ? from - room : from;
    long newLength = to - from + room;
    if (newLength > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("seconds " + from + " to " + to + " are too far apart to count per second");
    }
    long[] grown = new long[(int) newLength];
    System.arraycopy(counts, 0, grown, (int) (origin - newOrigin), counts.length);
    origin = newOrigin;
    counts = grown;
  }
}
