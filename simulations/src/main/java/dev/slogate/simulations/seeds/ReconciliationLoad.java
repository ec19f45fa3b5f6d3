package dev.slogate.simulations.seeds;

/**
 * The Reconciliation Platform's workload ({@link Reconciliation}):
 * {@code -Dgatling.simulationClass=dev.slogate.simulations.seeds.ReconciliationLoad}.
 */
public class ReconciliationLoad extends SeedSimulation {

  public ReconciliationLoad() {
    super(new Reconciliation());
  }
}
