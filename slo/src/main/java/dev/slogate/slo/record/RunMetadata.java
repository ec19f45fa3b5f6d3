package dev.slogate.slo.record;

import java.util.List;

/**
 * What a RunRecord is about. Self-describing, so that a record saved today still says tomorrow which
 * simulation, which injectors and which Gatling produced it.
 *
 * @param runId slogate's id for the run (the folder name under {@code target/slogate/})
 * @param simulation the simulation's class name as Gatling logged it
 * @param epochStartMillis the earliest injector start, epoch milliseconds
 * @param scenarios scenario names, in the order Gatling declared them
 * @param injectors every injector whose events this record holds
 * @param complete false when the log ended early (a crashed or still-running injector): such a record is
 *     evidence of a problem, never of a pass
 */
public record RunMetadata(
    String runId,
    String simulation,
    long epochStartMillis,
    List<String> scenarios,
    List<InjectorInfo> injectors,
    boolean complete) {

  public RunMetadata {
    scenarios = List.copyOf(scenarios);
    injectors = List.copyOf(injectors);
  }

  /** The Gatling version of the first injector, or "unknown" for an empty record. */
  public String gatlingVersion() {
    return injectors.isEmpty() ? "unknown" : injectors.get(0).gatlingVersion();
  }

  public RunMetadata withRunId(String newRunId) {
    return new RunMetadata(newRunId, simulation, epochStartMillis, scenarios, injectors, complete);
  }

  public RunMetadata withComplete(boolean isComplete) {
    return new RunMetadata(runId, simulation, epochStartMillis, scenarios, injectors, isComplete);
  }
}
