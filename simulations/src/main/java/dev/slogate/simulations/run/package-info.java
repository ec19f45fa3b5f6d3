/**
 * Gatling's results: {@link dev.slogate.simulations.run.GatlingResults} finds the folder and the
 * {@code simulation.log} a run wrote. Public API: {@code benchmarks} reads its runs' logs with it. The end of a run
 * itself ({@code EndOfRun}, run folders) is in {@code dev.slogate.simulations.internal.run}.
 */
package dev.slogate.simulations.run;
