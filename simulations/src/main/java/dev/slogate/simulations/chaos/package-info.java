/**
 * The chaos stage of a run: {@link dev.slogate.simulations.chaos.ChaosStage}, behind the DSL's
 * {@code FaultStage}. Public API for its phase names, which a fault stage's phases take; its settings, backends,
 * fault plan and session are in {@code dev.slogate.simulations.internal.chaos}.
 */
package dev.slogate.simulations.chaos;
