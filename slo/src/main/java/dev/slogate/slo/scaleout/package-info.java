/**
 * The contract between the coordinator of a run shared by several injectors and the backends that start them: a
 * coordinator asks an {@link dev.slogate.slo.scaleout.InjectorLauncher} for N injectors
 * ({@link dev.slogate.slo.scaleout.InjectorRequest}), each of which runs its share of the plan and leaves a run folder;
 * the launcher answers with one {@link dev.slogate.slo.scaleout.InjectorOutcome} per index, and the coordinator merges
 * the completed folders ({@link dev.slogate.slo.merge.RunMerge}) and judges the whole through the one pipeline. A
 * failed or lost index is not merged, and the merged run is INVALID, naming it. The local backend (JVMs forked on
 * this machine) lives in the simulations; a cluster backend implements the same interface without Gatling on its
 * class path.
 */
package dev.slogate.slo.scaleout;
