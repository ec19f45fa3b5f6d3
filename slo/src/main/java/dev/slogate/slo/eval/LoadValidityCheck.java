package dev.slogate.slo.eval;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.WindowStats;
import java.util.OptionalDouble;

/**
 * Stage 2: compares the arrivals the injector achieved in a phase window with the plan. This is the guard
 * against "a cold injector lies": a saturated injector slows down its own arrivals and inflates its own
 * latencies, so its numbers say nothing about the target.
 */
final class LoadValidityCheck {

  private final double tolerance;

  LoadValidityCheck(double tolerance) {
    this.tolerance = tolerance;
  }

  PhaseValidity check(RunMeasurements run, PhaseWindow window) {
    return check(run.window(window.fromEpochSecond(), window.toEpochSecondExclusive()), window);
  }

  /** @param stats the run's measurements added over exactly {@code window} */
  PhaseValidity check(WindowStats stats, PhaseWindow window) {
    long achieved = stats.usersStarted();
    OptionalDouble planned = window.plannedArrivals();
    if (planned.isEmpty()) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned,
          "no run plan, so the achieved load (" + Wording.count(achieved) + " arrivals) is not checked");
    }
    if (window.seconds() == 0) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned,
          "phase " + window.phase() + " holds no whole second, so nothing in it is judged");
    }
    if (window.plannedRatePerSecond().orElse(0) == 0) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned,
          "phase " + window.phase() + " has no planned arrival rate (closed model), so its load is not checked");
    }
    double plannedArrivals = planned.getAsDouble();
    String counts = Wording.count(achieved) + " of " + Wording.count(Math.round(plannedArrivals)) + " planned arrivals ("
        + Math.round(100.0 * achieved / plannedArrivals) + "%)";
    // One arrival of slack: a window edge can cut one arrival either way.
    double allowed = tolerance * plannedArrivals + 1;
    if (achieved < plannedArrivals - allowed) {
      return new PhaseValidity(window, LoadStatus.INVALID, achieved, planned,
          "the injector did not reach the planned rate in " + window.phase() + ": " + counts);
    }
    if (achieved > plannedArrivals + allowed) {
      return new PhaseValidity(window, LoadStatus.INVALID, achieved, planned,
          "the injector exceeded the planned rate in " + window.phase() + ": " + counts);
    }
    return new PhaseValidity(window, LoadStatus.VALID, achieved, planned,
        "the injector kept to the planned rate in " + window.phase() + ": " + counts);
  }
}
