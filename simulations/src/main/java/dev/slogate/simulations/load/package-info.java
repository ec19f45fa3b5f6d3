/**
 * The load a simulation plans: phase values ({@link dev.slogate.simulations.load.OpenPhase},
 * {@link dev.slogate.simulations.load.ClosedPhase}), {@link dev.slogate.simulations.load.LoadShape} (phases to
 * Gatling's injection steps and to the run plan) and workloads ({@link dev.slogate.simulations.load.Workload},
 * {@link dev.slogate.simulations.load.SystemWorkload}). Public API: the DSL hands these out and takes them.
 */
package dev.slogate.simulations.load;
