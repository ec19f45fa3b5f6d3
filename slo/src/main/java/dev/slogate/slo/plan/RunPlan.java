package dev.slogate.slo.plan;

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
 */
public record RunPlan(
    String schema,
    String runId,
    String simulation,
    String target,
    double scaleFactor,
    List<Phase> phases,
    Map<String, String> properties) {

  public static final String SCHEMA = "slogate.plan/v1";

  public RunPlan {
    phases = List.copyOf(phases);
    properties = properties == null ? Map.of() : Map.copyOf(properties);
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
    this(SCHEMA, runId, simulation, target, 1.0, phases, Map.of());
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
