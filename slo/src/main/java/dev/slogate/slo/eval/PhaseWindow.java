package dev.slogate.slo.eval;

import dev.slogate.slo.plan.PhaseKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The whole epoch seconds of one phase that are judged: {@code [fromEpochSecond, toEpochSecondExclusive)},
 * the slices that lie entirely inside the phase (its start rounded up, its end rounded down).
 *
 * @param phase the phase name, or {@link #WHOLE_RUN} without a run plan
 * @param kind the phase kind; empty for the whole run
 * @param fromEpochSecond first judged second
 * @param toEpochSecondExclusive one past the last judged second
 * @param plannedRatePerSecond the plan's average arrival rate over the window; 0 for a closed model; empty
 *     without a plan
 * @param plannedArrivals arrivals the plan promised in exactly this window; empty without a plan
 */
public record PhaseWindow(
    String phase,
    Optional<PhaseKind> kind,
    long fromEpochSecond,
    long toEpochSecondExclusive,
    OptionalDouble plannedRatePerSecond,
    OptionalDouble plannedArrivals) {

  /** The name of the one phase a run without a plan is judged as. */
  public static final String WHOLE_RUN = "whole-run";

  public PhaseWindow {
    Objects.requireNonNull(phase, "phase");
    toEpochSecondExclusive = Math.max(fromEpochSecond, toEpochSecondExclusive);
  }

  public long seconds() {
    return toEpochSecondExclusive - fromEpochSecond;
  }

  /**
   * The window without its first and last second. Without a plan the whole run's first and last seconds
   * are only partly covered by traffic, and counting them as whole would understate a rate.
   */
  public PhaseWindow interior() {
    return new PhaseWindow(phase, kind, fromEpochSecond + 1, Math.max(fromEpochSecond + 1, toEpochSecondExclusive - 1),
        plannedRatePerSecond, plannedArrivals);
  }

  public boolean isWholeRun() {
    return kind.isEmpty();
  }
}
