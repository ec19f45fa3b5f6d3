/**
 * The local fault backend: faults on processes of this machine, for the embedded reference stack and for
 * any process named by pid or pidfile.
 *
 * <p>{@link dev.slogate.chaos.local.LocalProcessBackend} implements the backend contract with signals:
 * pod-kill is SIGKILL (then a Deployment-like replacement through
 * {@link dev.slogate.chaos.local.LocalTargets}), pod-failure is SIGSTOP/SIGCONT. Every signal is confirmed
 * in {@code /proc}, every fault is written to a state file before its signal, and a process is always named
 * by pid <em>and</em> start time, so that cleanup after a crash never signals a process that merely reuses a
 * pid.
 *
 * <p>Public API: {@code simulations} and {@code benchmarks} start the backend and name the stack's processes
 * through {@link dev.slogate.chaos.local.LocalTargets}; the package-private classes are its implementation.
 */
package dev.slogate.chaos.local;
