package dev.slogate.slo.spec;

import java.util.List;
import java.util.Objects;

/**
 * How a system's readiness sign-off exercises its catalog: the Gatling simulation that drives its documented
 * workload and the chaos experiments that inject its documented faults. Metadata only: nothing here is
 * judged, but the readiness table and report list it next to the objectives it serves.
 *
 * @param simulation the fully qualified class name of the simulation
 * @param experiments the names of the chaos experiments, in file order, unique; may be empty
 */
public record Readiness(String simulation, List<String> experiments) {

  public Readiness {
    Objects.requireNonNull(simulation, "simulation");
    experiments = List.copyOf(experiments);
    if (experiments.stream().distinct().count() != experiments.size()) {
      throw new IllegalArgumentException("experiment names must be unique: " + experiments);
    }
  }

  /** The simulation's simple class name, such as {@code KecsLoad}. */
  public String simulationSimpleName() {
    return simulation.substring(simulation.lastIndexOf('.') + 1);
  }
}
