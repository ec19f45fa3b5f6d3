/**
 * Health probes that measure failover, independent of the load generator: one {@code GET} at a fixed
 * interval, never overlapping, each sample kept as a {@link dev.slogate.slo.chaos.ProbeSample}.
 *
 * <p>Why not reuse the load generator's responses: load requests follow the workload, not a fixed grid,
 * and an open-model injector sends more of them exactly when the target slows down. A fixed-interval probe
 * gives every stretch of time the same weight, which is what failover time and downtime are made of.
 *
 * <p>Public API: {@code simulations} and {@code benchmarks} run a {@link dev.slogate.chaos.probe.Prober} beside
 * the load.
 */
package dev.slogate.chaos.probe;
