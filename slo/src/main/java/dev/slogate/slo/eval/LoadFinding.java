package dev.slogate.slo.eval;

import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.plan.Phase;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the load check found in a phase ({@link PhaseValidity#finding()}), with its figures: one record per kind of
 * finding. Reports word it (reports' {@code Words.load}), e.g. "the injector did not reach the planned rate in steady:
 * 812 of 1,000 planned arrivals (81%)".
 */
public sealed interface LoadFinding {

  /** No run plan, so the achieved arrivals are not checked. */
  record NoPlan(long achievedArrivals) implements LoadFinding {}

  /** The phase's judged window holds no whole second, so nothing in it is judged. */
  record NoWholeSecond(String phase) implements LoadFinding {}

  /** The phase has no planned arrival rate (a closed model), and its users held were not checked. */
  record NoPlannedRate(String phase) implements LoadFinding {}

  /** Where the achieved arrivals stand against the plan. */
  enum Pace {
    /** Fewer than the plan, beyond the tolerance. */
    BELOW,
    /** More than the plan, beyond the tolerance. */
    ABOVE,
    /** Within the tolerance. */
    KEPT
  }

  /** The arrivals counted against the plan's, in the phase's judged window. */
  record Arrivals(String phase, Pace pace, long achieved, double planned) implements LoadFinding {}

  /** The injector started users later than the lag bound allows ({@link ScheduleLag#exceeded()}). */
  record LateStarts(String phase, ScheduleLag lag) implements LoadFinding {}

  /**
   * A closed model's users off the plan, at the second where they were furthest off.
   *
   * @param fewer true when the injector held fewer users than planned, false when more
   * @param offsetMillis that second, from the run's start
   * @param held the users held then
   * @param planned the users the plan holds then (the low end of its range for fewer, the high end for more)
   * @param allowed the users allowed either side of {@code planned}
   */
  record UsersOffPlan(String phase, boolean fewer, long offsetMillis, long held, double planned, double allowed)
      implements LoadFinding {}

  /** A closed model held the users its plan records, second by second. */
  record UsersHeld(String phase, Phase.Users planned) implements LoadFinding {}

  /**
   * The injector itself failed: requests that failed on its own machine, an unhealthy injector, or both; the phase is
   * INVALID whatever its arrivals.
   *
   * @param injectorProblems in a merged run, a missing injector or one whose clock is off; empty otherwise
   * @param localFailures injector-local failures by cause ({@link KoMessageClassifier#injectorLocal}), in the table's
   *     order; empty when there is none
   * @param unhealthy the health finding when the injector was unhealthy ({@link HealthFinding.Unhealthy}, or
   *     {@link HealthFinding.UnhealthyInjectors} naming a merged run's injectors)
   * @param arrivals what the arrivals' own check found, when that was not VALID: it still says something of the phase
   */
  record InjectorFaults(
      String phase, List<InjectorProblem> injectorProblems, Map<Cause, Long> localFailures,
      Optional<HealthFinding> unhealthy, Optional<LoadFinding> arrivals) implements LoadFinding {

    public InjectorFaults {
      injectorProblems = List.copyOf(injectorProblems);
      localFailures = Map.copyOf(localFailures);
    }

    /** A single injector's faults: no merged run's problems. */
    public InjectorFaults(String phase, Map<Cause, Long> localFailures, Optional<HealthFinding.Unhealthy> unhealthy,
        Optional<LoadFinding> arrivals) {
      this(phase, List.of(), localFailures, unhealthy.map(HealthFinding.class::cast), arrivals);
    }
  }
}
