package dev.slogate.simulations.load;

/**
 * One or more open-model phases that add themselves to the end of a {@link LoadShape}: a single
 * {@link OpenPhase}, or a group such as a chaos stage's lead-in, fault and recovery phases.
 */
@FunctionalInterface
public interface OpenPhases {

  /** {@code shape} with these phases after its last one. */
  LoadShape appendTo(LoadShape shape);
}
