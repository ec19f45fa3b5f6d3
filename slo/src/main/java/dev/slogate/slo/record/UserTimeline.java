package dev.slogate.slo.record;

/**
 * When virtual users started and ended, cumulated from the start of the run: users started before each 100 ms tick,
 * and users ended before each second. It is what the schedule lag (arrivals against the plan's curve, finer than a
 * second) and the users held by a closed model (started minus ended) are read from. Its size is a fixed number of
 * longs per second of run ({@value #TICKS_PER_SECOND} for starts, one for ends), never the number of users.
 *
 * <p>A {@link RunRecord} keeps every tick of the run; a {@link WindowedRun} read for a plan keeps the ticks from one
 * second before its first phase window to the end of its last, and the counts before them as one number, so the
 * cumulated counts stay exact. An instant it did not keep is refused with an {@link IllegalArgumentException}
 * rather than answered with a wrong number. Immutable.
 */
public final class UserTimeline {

  /** The resolution of user starts: fine enough to see a lag of a tenth of a second. */
  public static final long TICK_MILLIS = 100;

  public static final int TICKS_PER_SECOND = (int) (1000 / TICK_MILLIS);

  private final long firstTick;
  /** {@code startedBefore[i]}: users started before tick {@code firstTick + i}; one longer than the ticks kept. */
  private final long[] startedBefore;
  private final long firstSecond;
  private final long[] endedBefore;
  /** Whether every event of the run is in here: then an instant outside the kept range is still answered. */
  private final boolean wholeRun;

  private UserTimeline(long firstTick, long[] startedBefore, long firstSecond, long[] endedBefore, boolean wholeRun) {
    this.firstTick = firstTick;
    this.startedBefore = startedBefore;
    this.firstSecond = firstSecond;
    this.endedBefore = endedBefore;
    this.wholeRun = wholeRun;
  }

  /**
   * @param firstTick the epoch tick of {@code startsPerTick[0]}
   * @param startsPerTick users started in each tick
   * @param startsBefore users started before {@code firstTick}
   * @param firstSecond the epoch second of {@code endsPerSecond[0]}
   * @param endsPerSecond users ended in each second
   * @param endsBefore users ended before {@code firstSecond}
   * @param wholeRun whether nothing happened outside the ticks and seconds given
   */
  static UserTimeline of(long firstTick, long[] startsPerTick, long startsBefore, long firstSecond, long[] endsPerSecond,
      long endsBefore, boolean wholeRun) {
    return new UserTimeline(firstTick, cumulated(startsPerTick, startsBefore), firstSecond,
        cumulated(endsPerSecond, endsBefore), wholeRun);
  }

  private static long[] cumulated(long[] counts, long before) {
    long[] sums = new long[counts.length + 1];
    sums[0] = before;
    for (int i = 0; i < counts.length; i++) {
      sums[i + 1] = sums[i] + counts[i];
    }
    return sums;
  }

  /** The tick an instant lies in. */
  public static long tickOf(long epochMillis) {
    return Math.floorDiv(epochMillis, TICK_MILLIS);
  }

  /**
   * Users started before the start of {@code epochTick}, since the run began.
   *
   * @throws IllegalArgumentException for a tick this timeline did not keep
   */
  public long startedBefore(long epochTick) {
    return at(startedBefore, epochTick - firstTick, "tick " + epochTick);
  }

  /**
   * Users ended before the start of {@code epochSecond}, since the run began.
   *
   * @throws IllegalArgumentException for a second this timeline did not keep
   */
  public long endedBefore(long epochSecond) {
    return at(endedBefore, epochSecond - firstSecond, "second " + epochSecond);
  }

  /** Users held at the start of {@code epochSecond}: started before it and not yet ended. */
  public long heldAt(long epochSecond) {
    return startedBefore(epochSecond * TICKS_PER_SECOND) - endedBefore(epochSecond);
  }

  private long at(long[] cumulated, long index, String what) {
    if (index >= 0 && index < cumulated.length) {
      return cumulated[(int) index];
    }
    if (wholeRun) {
      return index < 0 ? 0 : cumulated[cumulated.length - 1];
    }
    throw new IllegalArgumentException("the users of " + what + " were not kept: this run was read for other windows");
  }

  @Override
  public String toString() {
    return "UserTimeline[" + (startedBefore.length - 1) + " ticks from " + firstTick + ", "
        + startedBefore[startedBefore.length - 1] + " started]";
  }
}
