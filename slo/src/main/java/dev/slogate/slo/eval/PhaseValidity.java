package dev.slogate.slo.eval;

import java.util.Optional;
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
 * @param scheduleLag how late the injector started users in the window ({@link ScheduleLag}); empty without a plan,
 *     for a phase without planned arrivals (a closed model) and for a record saved without its user starts
 * @param health the injector's health in the window ({@link InjectorHealthCheck}); an unhealthy phase is INVALID
 */
public record PhaseValidity(
    PhaseWindow window, LoadStatus status, long achievedArrivals, OptionalDouble plannedArrivals, String reason,
    Optional<ScheduleLag> scheduleLag, PhaseHealth health) {

  public PhaseValidity {
    scheduleLag = scheduleLag == null ? Optional.empty() : scheduleLag;
    health = health == null ? PhaseHealth.notRecorded(PhaseHealth.NOT_RECORDED_WORDS) : health;
  }

  /** A check without a schedule lag, whose injector health is not (yet) known. */
  public PhaseValidity(
      PhaseWindow window, LoadStatus status, long achievedArrivals, OptionalDouble plannedArrivals, String reason) {
    this(window, status, achievedArrivals, plannedArrivals, reason, Optional.empty(), null);
  }

  /** The same figures with another outcome. */
  PhaseValidity with(LoadStatus newStatus, String newReason) {
    return new PhaseValidity(window, newStatus, achievedArrivals, plannedArrivals, newReason, scheduleLag, health);
  }

  PhaseValidity withScheduleLag(ScheduleLag lag) {
    return new PhaseValidity(window, status, achievedArrivals, plannedArrivals, reason, Optional.of(lag), health);
  }

  /** The same check with the injector's health in the window. */
  PhaseValidity withHealth(PhaseHealth phaseHealth) {
    return new PhaseValidity(window, status, achievedArrivals, plannedArrivals, reason, scheduleLag, phaseHealth);
  }

  /** The outcome of a load check. */
  public enum LoadStatus {
    /** Achieved arrivals within the tolerance of the plan and started on time, or a closed model's users held. */
    VALID,
    /**
     * Off the plan by more than the tolerance, users started later than the lag bound, a closed model's users not held,
     * a request failed on the injector's own machine, or the injector was unhealthy.
     */
    INVALID,
    /**
     * No plan, a closed model whose plan does not record its users, or no whole second to check, and no
     * injector-local failure.
     */
    NOT_CHECKED
  }

  public String phase() {
    return window.phase();
  }

  public boolean isInvalid() {
    return status == LoadStatus.INVALID;
  }
}
