package dev.slogate.simulations.seeds;

/** FLEET-Q's workload ({@link FleetQ}): {@code -Dgatling.simulationClass=dev.slogate.simulations.seeds.FleetQLoad}. */
public class FleetQLoad extends SeedSimulation {

  public FleetQLoad() {
    super(new FleetQ());
  }
}
