package dev.slogate.simulations.seeds;

/** KGAS's documented workload ({@link Kgas}): {@code -Dgatling.simulationClass=dev.slogate.simulations.seeds.KgasLoad}. */
public class KgasLoad extends SeedSimulation {

  public KgasLoad() {
    super(new Kgas());
  }
}
