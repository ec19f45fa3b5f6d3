package dev.slogate.slo.record;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Where a {@link WindowedRun} cuts time into the segments it aggregates, decided before the log is read.
 *
 * <p>The seconds depend on the run's start, which only the log's header gives, so they are a function of it:
 * with a run plan, every phase window boundary ({@code PhaseWindows.cutPoints(plan)} in the evaluator). Without
 * a plan, {@link #wholeRun()}: the whole run is one window whose edges are only known at the end, so the first and
 * last seconds are kept apart as the log is read (see {@link WindowedRunBuilder}).
 */
public final class CutPoints {

  private static final CutPoints WHOLE_RUN = new CutPoints(null);

  private final LongFunction<long[]> secondsForRunStart;

  private CutPoints(LongFunction<long[]> secondsForRunStart) {
    this.secondsForRunStart = secondsForRunStart;
  }

  /** No plan: the whole run, its partial first and last seconds kept apart from its interior. */
  public static CutPoints wholeRun() {
    return WHOLE_RUN;
  }

  /**
   * @param secondsForRunStart the epoch seconds to cut at, given the run's start in epoch milliseconds; in any
   *     order, repeats allowed
   */
  public static CutPoints atEpochSeconds(LongFunction<long[]> secondsForRunStart) {
    return new CutPoints(Objects.requireNonNull(secondsForRunStart, "secondsForRunStart"));
  }

  public boolean isWholeRun() {
    return secondsForRunStart == null;
  }

  /**
   * The cut seconds for a run that started at {@code epochStartMillis}, sorted and distinct.
   *
   * @throws IllegalStateException for {@link #wholeRun()}, which has no fixed cuts
   */
  public long[] seconds(long epochStartMillis) {
    if (secondsForRunStart == null) {
      throw new IllegalStateException("the whole run has no cut points fixed in advance");
    }
    return Arrays.stream(secondsForRunStart.apply(epochStartMillis)).sorted().distinct().toArray();
  }

  @Override
  public String toString() {
    return isWholeRun() ? "CutPoints[whole run]" : "CutPoints[at phase boundaries]";
  }
}
