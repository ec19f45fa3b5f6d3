package dev.slogate.simulations.seeds;

/** SEI Platform's documented workload ({@link Sei}): {@code -Dgatling.simulationClass=dev.slogate.simulations.seeds.SeiLoad}. */
public class SeiLoad extends SeedSimulation {

  public SeiLoad() {
    super(new Sei());
  }
}
