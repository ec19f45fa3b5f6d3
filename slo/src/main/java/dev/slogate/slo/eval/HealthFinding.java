package dev.slogate.slo.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the injector health check found in a phase ({@link PhaseHealth#finding()}), with its figures and bounds: one
 * record per kind. Reports word it (reports' {@code Words.health}), e.g. "in steady the injector stalled: its hiccup
 * p99 was 60 ms, above the 25 ms allowed (…)".
 */
public sealed interface HealthFinding {

  /** Nothing said where the health came from: a check made without a health check behind it. */
  record Unknown() implements HealthFinding {}

  /** No timeline of slogate's sampler came with the run, so connection-level failures count against the target. */
  record NoTimeline() implements HealthFinding {}

  /** The sampler recorded none of the phase's seconds, so connection-level failures count against the target. */
  record NoSecondSampled(String phase) implements HealthFinding {}

  /** Every figure within its bound. */
  record Healthy(String phase, double hiccupP99Millis, double allowedHiccupMillis) implements HealthFinding {}

  /**
   * A figure beyond its bound: the phase is INVALID.
   *
   * @param problems each figure beyond its bound, in the check's order (hiccups, descriptors, CPU)
   * @param connectionLevelFailures the phase's connection-level failures, not charged to the target
   */
  record Unhealthy(String phase, List<Problem> problems, long connectionLevelFailures) implements HealthFinding {

    public Unhealthy {
      problems = List.copyOf(problems);
    }
  }

  /**
   * In a merged run, one or more injectors were unhealthy in the phase, each judged on its own timeline: the phase is
   * INVALID, naming them.
   */
  record UnhealthyInjectors(String phase, List<NamedUnhealthy> injectors) implements HealthFinding {

    public UnhealthyInjectors {
      injectors = List.copyOf(injectors);
    }
  }

  /** One injector of a merged run and what its own timeline showed, e.g. "injector 2 of 3 (host-b)". */
  record NamedUnhealthy(String injector, Unhealthy finding) {}

  /** One figure of an unhealthy phase beyond its bound. */
  sealed interface Problem {}

  /**
   * The injector stalled: its hiccup p99 above the bound.
   *
   * @param tightestObjectiveMillis the tightest latency objective, when a quarter of it is the bound (above the floor)
   * @param gcPauseMillis the collectors' pauses in the phase
   */
  record Stalled(double hiccupP99Millis, double allowedMillis, OptionalDouble tightestObjectiveMillis,
      long gcPauseMillis) implements Problem {}

  /** The injector's file descriptors neared their limit. */
  record DescriptorsNearLimit(long open, long limit, double share, double allowedShare) implements Problem {}

  /** The injector's JVM used at least {@code saturatedShare} of the CPU it may use. */
  record CpuBound(double processCpu, double saturatedShare) implements Problem {}
}
