package dev.slogate.slo.eval;

import dev.slogate.slo.eval.PhaseHealth.HealthStatus;
import dev.slogate.slo.health.HealthFigures;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.SloSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether the injector was healthy in a phase window, judged on the timeline slogate's sampler recorded in the
 * Gatling JVM. A struggling injector delays its own requests and its own clock, so what it measured in that phase says
 * nothing about the target; the phase is then INVALID ({@link LoadValidityCheck}), and its connection-level failures
 * (refused, reset, closed, timed out: {@link FailureOrigin#CONNECTION_LEVEL}) are not charged to the target.
 *
 * <p>The thresholds, documented with the figures they were chosen from in the README's "Injector health" section:
 *
 * <ul>
 *   <li><b>Hiccups</b>: the phase's hiccup p99 above {@value #HICCUP_FLOOR_MILLIS} ms, or above
 *       {@value #HICCUP_SHARE_OF_OBJECTIVE} of the tightest latency objective when that is larger. The meter asks to
 *       sleep 1 ms; its oversleep is how late any of the injector's threads could be scheduled, GC pauses included. A
 *       delay small beside the objective cannot decide it; the floor keeps the scheduling noise of a shared 2-core
 *       machine (hiccup p99 up to 13 ms in healthy runs) from being called a stall. 1 ms, the log's resolution, is
 *       what a dedicated machine gives, not a machine the target shares.
 *   <li><b>Injector CPU</b>: the Gatling JVM's mean CPU use at or above {@value #INJECTOR_CPU_SHARE} of the cores
 *       it may use: the injector is CPU-bound, its arrivals and timings late (96% in a run asked for far more than it
 *       could do; 14% to 58% in healthy runs).
 *   <li><b>Descriptors</b>: more than {@value #DESCRIPTOR_SHARE} of the limit open at the end of any second: the next
 *       burst of connections fails with EMFILE, which would otherwise count as the target's error.
 * </ul>
 *
 * <p>The machine's CPU, GC pauses and open connections are shown, not judged. The machine's CPU is saturated in
 * every second of every run on a 2-core machine that also runs the target (healthy runs included), so it cannot tell
 * a struggling injector from a busy target: the injector's own share and its own delay (the hiccups) can. A pause long
 * enough to matter shows in the hiccups, and connections have no limit of their own apart from the descriptors'.
 */
final class InjectorHealthCheck {

  /** The hiccup p99 allowed, in milliseconds, whatever the objectives. */
  static final double HICCUP_FLOOR_MILLIS = 25;
  /** The hiccup p99 allowed as a share of the tightest latency objective, when that allows more than the floor. */
  static final double HICCUP_SHARE_OF_OBJECTIVE = 0.25;
  /** The share of the descriptor limit allowed open. */
  static final double DESCRIPTOR_SHARE = 0.9;
  /** The Gatling JVM's mean share of the CPU it may use from which it is CPU-bound. */
  static final double INJECTOR_CPU_SHARE = 0.85;

  private final InjectorTimeline timeline;
  private final double allowedHiccupMillis;
  /** The tightest latency objective when a quarter of it is the hiccup bound; empty when the floor is. */
  private final OptionalDouble hiccupObjectiveMillis;
  /** The injectors of a merged run, each with its own timeline: a phase one was unhealthy in names it. */
  private final List<InjectorInfo> injectors;

  /**
   * @param tightestLatencyMillis the smallest upper bound of a latency objective, empty without one
   */
  InjectorHealthCheck(InjectorTimeline timeline, OptionalDouble tightestLatencyMillis) {
    this(timeline, tightestLatencyMillis, List.of());
  }

  private InjectorHealthCheck(InjectorTimeline timeline, OptionalDouble tightestLatencyMillis,
      List<InjectorInfo> injectors) {
    this.timeline = timeline;
    this.injectors = injectors;
    double share = tightestLatencyMillis.orElse(0) * HICCUP_SHARE_OF_OBJECTIVE;
    this.allowedHiccupMillis = Math.max(HICCUP_FLOOR_MILLIS, share);
    this.hiccupObjectiveMillis = share > HICCUP_FLOOR_MILLIS ? tightestLatencyMillis : OptionalDouble.empty();
  }

  /** The check of a run: its timeline, the hiccups allowed from the spec's tightest latency objective. */
  static InjectorHealthCheck of(InjectorTimeline timeline, SloSpec spec) {
    return new InjectorHealthCheck(timeline, tightestLatency(spec));
  }

  /**
   * The check of a run: the record's timeline, and for a merged run each injector's own timeline too, so that a phase
   * one injector was unhealthy in names it.
   */
  static InjectorHealthCheck of(RunMeasurements run, SloSpec spec) {
    List<InjectorInfo> shared = run.metadata().injectors().stream()
        .filter(i -> i.shared() && i.health().recorded()).toList();
    return new InjectorHealthCheck(run.injectorTimeline(), tightestLatency(spec), shared);
  }

  private static OptionalDouble tightestLatency(SloSpec spec) {
    return spec.objectives().stream()
        .filter(o -> o instanceof LatencyObjective l
            && (l.comparison() == Comparison.LESS || l.comparison() == Comparison.LESS_OR_EQUAL))
        .mapToDouble(o -> ((LatencyObjective) o).thresholdMillis()).min();
  }

  /** A check that knows no timeline: every phase's health is not recorded. */
  static InjectorHealthCheck notRecorded() {
    return new InjectorHealthCheck(InjectorTimeline.notRecorded(), OptionalDouble.empty());
  }

  /**
   * @param koMessages the window's failed requests by message, for the connection-level ones an unhealthy phase does
   *     not charge to the target
   */
  PhaseHealth check(PhaseWindow window, Map<String, Long> koMessages) {
    PhaseHealth whole = check(timeline, window, koMessages);
    List<HealthFinding.NamedUnhealthy> named = new ArrayList<>();
    for (InjectorInfo injector : injectors) {
      PhaseHealth own = check(injector.health(), window, koMessages);
      if (own.unhealthy() && own.finding() instanceof HealthFinding.Unhealthy unhealthy) {
        named.add(new HealthFinding.NamedUnhealthy(injector.label(), unhealthy));
      }
    }
    if (named.isEmpty()) {
      return whole;
    }
    return new PhaseHealth(HealthStatus.UNHEALTHY, whole.figures(),
        new HealthFinding.UnhealthyInjectors(window.phase(), named));
  }

  private PhaseHealth check(InjectorTimeline timeline, PhaseWindow window, Map<String, Long> koMessages) {
    if (!timeline.recorded()) {
      return PhaseHealth.notRecorded(new HealthFinding.NoTimeline());
    }
    HealthFigures figures = timeline.figures(window.fromEpochSecond(), window.toEpochSecondExclusive());
    if (!figures.sampled()) {
      return PhaseHealth.notRecorded(new HealthFinding.NoSecondSampled(window.phase()));
    }
    List<HealthFinding.Problem> problems = new ArrayList<>();
    if (figures.hiccupP99Millis() > allowedHiccupMillis) {
      problems.add(new HealthFinding.Stalled(figures.hiccupP99Millis(), allowedHiccupMillis, hiccupObjectiveMillis,
          figures.gcPauseMillis()));
    }
    if (figures.descriptorShare() > DESCRIPTOR_SHARE) {
      problems.add(new HealthFinding.DescriptorsNearLimit(figures.peakDescriptors(), figures.descriptorLimit(),
          figures.descriptorShare(), DESCRIPTOR_SHARE));
    }
    if (figures.processCpu() >= INJECTOR_CPU_SHARE) {
      problems.add(new HealthFinding.CpuBound(figures.processCpu(), INJECTOR_CPU_SHARE));
    }
    if (problems.isEmpty()) {
      return new PhaseHealth(HealthStatus.HEALTHY, Optional.of(figures),
          new HealthFinding.Healthy(window.phase(), figures.hiccupP99Millis(), allowedHiccupMillis));
    }
    return new PhaseHealth(HealthStatus.UNHEALTHY, Optional.of(figures),
        new HealthFinding.Unhealthy(window.phase(), problems, connectionLevel(koMessages)));
  }

  private static long connectionLevel(Map<String, Long> koMessages) {
    return koMessages.entrySet().stream()
        .filter(e -> KoMessageClassifier.origin(e.getKey()) == FailureOrigin.CONNECTION_LEVEL)
        .mapToLong(Map.Entry::getValue).sum();
  }
}
