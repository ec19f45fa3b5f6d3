package dev.slogate.slo.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the injector was asked to do: its phases and planned rates. Written next to every run before load
 * starts, so that the evaluator can tell a slow target from an injector that never produced the load.
 *
 * @param schema always {@link #SCHEMA}
 * @param runId slogate's run id
 * @param simulation the simulation class
 * @param target the base URL the load went to
 * @param scaleFactor the factor documented rates and timings were scaled by for a local run; 1 when the
 *     plan is the documented workload
 * @param phases in time order, not overlapping
 * @param properties free-form settings worth keeping with the run (rate, durations, profile)
 * @param targetTimeScale how many times faster than documented the target runs its own time constants
 *     (health-check periods, heartbeats, sweeps): 10 for a seed system's stand-in, whose profile divides the
 *     guide's timings by 10, and 1 for a real deployment; failover maxima that follow from those timings are
 *     divided by it. A plan written before the field existed reads as 1.
 * @param injectionDelayMillis how long after Gatling stamped its run start the first virtual user arrived,
 *     measured from the log once the run is over and already added to every phase's offset (0 in a plan
 *     written before the run). Gatling starts injecting a few hundred milliseconds after its run start, more
 *     on a loaded machine; without the shift, a steep change of rate (a tenfold spike) would leak that many
 *     milliseconds of arrivals into the next phase and make its load check fail.
 * @param share which part of a run shared by several injectors this plan is, with the whole plan; null for a run
 *     of one injector (and in a plan written before runs were shared), which is absent from the file
 */
public record RunPlan(
    String schema,
    String runId,
    String simulation,
    String target,
    double scaleFactor,
    List<Phase> phases,
    Map<String, String> properties,
    double targetTimeScale,
    long injectionDelayMillis,
    @JsonInclude(JsonInclude.Include.NON_NULL) InjectorShare share) {

  public static final String SCHEMA = "slogate.plan/v1";

  public RunPlan {
    phases = List.copyOf(phases);
    properties = properties == null ? Map.of() : Map.copyOf(properties);
    if (!(targetTimeScale > 0) || Double.isInfinite(targetTimeScale)) {
      targetTimeScale = 1;
    }
    for (int i = 1; i < phases.size(); i++) {
      if (phases.get(i).startOffsetMillis() < phases.get(i - 1).endOffsetMillis()) {
        throw new IllegalArgumentException(
            "phases " + phases.get(i - 1).name() + " and " + phases.get(i).name() + " overlap");
      }
    }
    long distinctNames = phases.stream().map(Phase::name).distinct().count();
    if (distinctNames != phases.size()) {
      throw new IllegalArgumentException("phase names must be unique");
    }
  }

  public RunPlan(String runId, String simulation, String target, List<Phase> phases) {
    this(SCHEMA, runId, simulation, target, 1.0, phases, Map.of(), 1.0, 0);
  }

  /** The plan of a run of one injector. */
  public RunPlan(String schema, String runId, String simulation, String target, double scaleFactor, List<Phase> phases,
      Map<String, String> properties, double targetTimeScale, long injectionDelayMillis) {
    this(schema, runId, simulation, target, scaleFactor, phases, properties, targetTimeScale, injectionDelayMillis,
        null);
  }

  /** A plan against a target that runs its time constants as documented. */
  public RunPlan(String schema, String runId, String simulation, String target, double scaleFactor, List<Phase> phases,
      Map<String, String> properties) {
    this(schema, runId, simulation, target, scaleFactor, phases, properties, 1.0, 0);
  }

  /** A plan written before the run: no injection delay measured yet. */
  public RunPlan(String schema, String runId, String simulation, String target, double scaleFactor, List<Phase> phases,
      Map<String, String> properties, double targetTimeScale) {
    this(schema, runId, simulation, target, scaleFactor, phases, properties, targetTimeScale, 0);
  }

  /**
   * The plan as the run really went: every phase moved so that it counts from the first arrival, {@code delayMillis}
   * after the run start (a delay applied before is replaced, not added to).
   *
   * @throws IllegalArgumentException for a negative delay
   */
  public RunPlan withInjectionDelay(long delayMillis) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("an injection delay cannot be negative: " + delayMillis);
    }
    List<Phase> shifted = phases.stream()
        .map(p -> p.movedTo(p.startOffsetMillis() + delayMillis - injectionDelayMillis))
        .toList();
    return new RunPlan(schema, runId, simulation, target, scaleFactor, shifted, properties, targetTimeScale, delayMillis,
        share);
  }

  /**
   * This injector's part of the plan: its phases are {@code share}'s division of this plan's phases, which it keeps
   * as the whole (as planned before any injection delay).
   *
   * @throws IllegalStateException when this plan is already a share
   */
  public RunPlan shared(int index, int count) {
    if (share != null) {
      throw new IllegalStateException("this plan is already " + share.label());
    }
    // The whole is kept as planned before the run, as the share's phases are moved again by withInjectionDelay.
    InjectorShare newShare = new InjectorShare(index, count, phases.stream()
        .map(p -> p.movedTo(p.startOffsetMillis() - injectionDelayMillis)).toList());
    return new RunPlan(schema, runId, simulation, target, scaleFactor, newShare.shareOf(phases), properties,
        targetTimeScale, injectionDelayMillis, newShare);
  }

  /**
   * The plan of the whole run this plan is a share of, on this plan's timing (its injection delay kept); this very
   * plan when it is not a share.
   */
  public RunPlan whole() {
    if (share == null) {
      return this;
    }
    List<Phase> phasesOfAll = share.wholePhases().stream()
        .map(p -> p.movedTo(p.startOffsetMillis() + injectionDelayMillis))
        .toList();
    return new RunPlan(schema, runId, simulation, target, scaleFactor, phasesOfAll, properties, targetTimeScale,
        injectionDelayMillis, null);
  }

  public Optional<Phase> phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<Phase> phasesOfKind(PhaseKind kind) {
    return phases.stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
  }

  /** End of the last phase, from the run start. */
  public long durationMillis() {
    return phases.isEmpty() ? 0 : phases.get(phases.size() - 1).endOffsetMillis();
  }
}
