package dev.slogate.simulations.seeds;

/** KECS's workload ({@link Kecs}): {@code -Dgatling.simulationClass=dev.slogate.simulations.seeds.KecsLoad}. */
public class KecsLoad extends SeedSimulation {

  public KecsLoad() {
    super(new Kecs());
  }
}
