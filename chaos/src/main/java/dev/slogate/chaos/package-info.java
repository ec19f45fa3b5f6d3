/**
 * Chaos experiments for slogate: an experiment file names a fault, its target, its schedule, a health probe and
 * when to abort; a backend injects the fault and confirms it; a prober watches the target; the experiment runner
 * turns the probes into failover time. Read first {@link dev.slogate.chaos.FaultBackend}, the contract every
 * backend keeps (inject, confirm, end, clean up after a crash, never throw from a listener), then
 * {@link dev.slogate.chaos.spec.ExperimentSpecParser}, {@link dev.slogate.chaos.failover.ExperimentRunner} and
 * the two backends.
 *
 * <p>Public API, used by {@code simulations} and {@code benchmarks}:
 * <ul>
 *   <li>this package: the backend contract and the values it passes ({@link dev.slogate.chaos.FaultInjection},
 *       {@link dev.slogate.chaos.FaultRecovery}, {@link dev.slogate.chaos.RunContext}, listeners, errors);
 *   <li>{@code dev.slogate.chaos.spec}: experiment files and their parser;
 *   <li>{@code dev.slogate.chaos.local}: the backend for processes on this machine;
 *   <li>{@code dev.slogate.chaos.mesh}: the Chaos Mesh backend;
 *   <li>{@code dev.slogate.chaos.probe}: the health prober;
 *   <li>{@code dev.slogate.chaos.failover}: the experiment runner and failover measurement.
 * </ul>
 * In those packages, what is not public is their implementation. {@code dev.slogate.chaos.internal} holds what
 * several of them share (the cleanup of both backends, listener delivery, the duration wording of experiment
 * files): public for their sake only, no API, free to change.
 */
package dev.slogate.chaos;
