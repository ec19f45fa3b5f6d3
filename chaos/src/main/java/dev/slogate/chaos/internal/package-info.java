/**
 * Internal to the chaos module: what several of its public packages share. {@link
 * dev.slogate.chaos.internal.FaultCleanup} is the shutdown hook, sweep and {@code finally} of both backends,
 * {@link dev.slogate.chaos.internal.FaultEvents} delivers fault events to listeners without ever letting one
 * throw, and {@link dev.slogate.chaos.internal.ExperimentDurations} reads and writes the durations of experiment
 * files. Public only so that those packages can reach it; not an API. The one other user is the injectors module,
 * whose Kubernetes Job backend cleans up by the same rule through {@link dev.slogate.chaos.internal.FaultCleanup}.
 */
package dev.slogate.chaos.internal;
