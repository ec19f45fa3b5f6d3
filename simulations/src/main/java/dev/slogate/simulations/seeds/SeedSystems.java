package dev.slogate.simulations.seeds;

import dev.slogate.simulations.load.SystemWorkload;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Optional;

/** The five seed systems slogate ships, by name. */
public final class SeedSystems {

  private static final List<SystemWorkload> ALL =
      List.of(new Kecs(), new Sei(), new Kgas(), new FleetQ(), new Reconciliation());

  private SeedSystems() {}

  /** Every seed system, in the order of their guides. */
  public static List<SystemWorkload> all() {
    return ALL;
  }

  /** The seed system of that name ({@code kgas}), if there is one. */
  public static Optional<SystemWorkload> named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * The simulation that runs a seed system's documented workload on its own, as its catalog's
   * {@code readiness.simulation} names it.
   */
  public static Optional<Class<? extends Simulation>> simulation(String name) {
    return Optional.ofNullable(switch (name) {
      case "kecs" -> KecsLoad.class;
      case "sei-platform" -> SeiLoad.class;
      case "kgas" -> KgasLoad.class;
      case "fleet-q" -> FleetQLoad.class;
      case "reconciliation-platform" -> ReconciliationLoad.class;
      default -> null;
    });
  }

  /** The names, for messages: {@code kecs, sei-platform, ...}. */
  public static List<String> names() {
    return ALL.stream().map(SystemWorkload::name).toList();
  }
}
