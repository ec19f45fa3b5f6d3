package dev.slogate.slo.eval;

import java.util.OptionalDouble;

/**
 * Whether the injector drove a phase honestly: it produced the load planned, no request failed on the injector's
 * own machine ({@link FailureOrigin#INJECTOR_LOCAL}) and it was not unhealthy ({@link PhaseHealth}); judged on exactly the window the objectives read. A saturated or
 * exhausted injector measures itself, not the target, so objectives judged on an INVALID phase are INVALID too.
 *
 * @param window the judged window of the phase
 * @param status the outcome of the check
 * @param achievedArrivals users started in the window
 * @param plannedArrivals what the plan promised in the window; empty without a plan
 * @param reason one sentence, e.g. "the injector did not reach the planned rate: 812 of 1,000 planned
 *     arrivals (81%)", or "the injector ran out of file descriptors in steady (16,925 requests failed locally;
 *     raise `ulimit -n` or lower the rate)"
 * @param health the injector's health in the window ({@link InjectorHealthCheck}); an unhealthy phase is INVALID
 */
public record PhaseValidity(PhaseWindow window, LoadStatus status, long achievedArrivals,
    OptionalDouble plannedArrivals, String reason, PhaseHealth health) {

  /** A load check whose injector health is not (yet) known. */
  public PhaseValidity(PhaseWindow window, LoadStatus status, long achievedArrivals, OptionalDouble plannedArrivals,
      String reason) {
    this(window, status, achievedArrivals, plannedArrivals, reason,
        PhaseHealth.notRecorded(PhaseHealth.NOT_RECORDED_WORDS));
  }

  /** The same check with the injector's health in the window. */
  PhaseValidity withHealth(PhaseHealth phaseHealth) {
    return new PhaseValidity(window, status, achievedArrivals, plannedArrivals, reason, phaseHealth);
  }

  /** The outcome of a load check. */
  public enum LoadStatus {
    /** Achieved arrivals within the tolerance of the plan. */
    VALID,
    /** Off the plan by more than the tolerance, a request failed on the injector's own machine, or the injector was unhealthy. */
    INVALID,
    /** No plan, a closed model (no planned rate) or no whole second to check, and no injector-local failure. */
    NOT_CHECKED
  }

  public String phase() {
    return window.phase();
  }

  public boolean isInvalid() {
    return status == LoadStatus.INVALID;
  }
}
