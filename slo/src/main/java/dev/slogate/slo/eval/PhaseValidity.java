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
 * @param finding what the check found, with its figures ({@link LoadFinding}), e.g. 812 of 1,000 planned arrivals,
 *     or 16,925 requests failed on the injector for want of file descriptors; reports word it
 * @param scheduleLag how late the injector started users in the window ({@link ScheduleLag}); empty without a plan,
 *     for a phase without planned arrivals (a closed model) and for a record saved without its user starts
 * @param health the injector's health in the window ({@link InjectorHealthCheck}); an unhealthy phase is INVALID
 */
public record PhaseValidity(
    PhaseWindow window, LoadStatus status, long achievedArrivals, OptionalDouble plannedArrivals, LoadFinding finding,
    Optional<ScheduleLag> scheduleLag, PhaseHealth health) {

  public PhaseValidity {
    scheduleLag = scheduleLag == null ? Optional.empty() : scheduleLag;
    health = health == null ? PhaseHealth.notRecorded(new HealthFinding.Unknown()) : health;
  }

  /** A check without a schedule lag, whose injector health is not (yet) known. */
  public PhaseValidity(
      PhaseWindow window, LoadStatus status, long achievedArrivals, OptionalDouble plannedArrivals, LoadFinding finding) {
    this(window, status, achievedArrivals, plannedArrivals, finding, Optional.empty(), null);
  }

  /** The same figures with another outcome. */
  PhaseValidity with(LoadStatus newStatus, LoadFinding newFinding) {
    return new PhaseValidity(window, newStatus, achievedArrivals, plannedArrivals, newFinding, scheduleLag, health);
  }

  PhaseValidity withScheduleLag(ScheduleLag lag) {
    return new PhaseValidity(window, status, achievedArrivals, plannedArrivals, finding, Optional.of(lag), health);
  }

  /** The same check with the injector's health in the window. */
  PhaseValidity withHealth(PhaseHealth phaseHealth) {
    return new PhaseValidity(window, status, achievedArrivals, plannedArrivals, finding, scheduleLag, phaseHealth);
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
