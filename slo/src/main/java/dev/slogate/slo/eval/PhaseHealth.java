package dev.slogate.slo.eval;

import dev.slogate.slo.health.HealthFigures;
import java.util.Optional;

/**
 * The injector's health in a phase window, judged by {@link InjectorHealthCheck} on slogate's sampler timeline.
 *
 * @param status the outcome
 * @param figures the window's figures; empty when the health was not recorded
 * @param finding what the check found, with its figures and bounds: what made the phase unhealthy, why nothing was
 *     judged, or the hiccups of a healthy phase; reports word it
 */
public record PhaseHealth(HealthStatus status, Optional<HealthFigures> figures, HealthFinding finding) {

  /** The outcome of the health check of a phase. */
  public enum HealthStatus {
    /** Every figure within its threshold: the injector's delays are not the measurement's. */
    HEALTHY,
    /** A figure beyond its threshold: the phase is INVALID, its connection-level failures not the target's. */
    UNHEALTHY,
    /** No sampler timeline, or none of the phase's seconds in it: the health is unknown, never taken as healthy. */
    NOT_RECORDED
  }

  static PhaseHealth notRecorded(HealthFinding finding) {
    return new PhaseHealth(HealthStatus.NOT_RECORDED, Optional.empty(), finding);
  }

  public boolean unhealthy() {
    return status == HealthStatus.UNHEALTHY;
  }
}
