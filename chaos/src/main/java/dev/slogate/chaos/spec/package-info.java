/**
 * Experiment files: {@link dev.slogate.chaos.spec.ExperimentSpecParser} reads one YAML file (or a bundled
 * experiment) into an {@link dev.slogate.chaos.spec.ExperimentSpec}, with the line and column of every error.
 * Public API: {@code simulations} reads experiments with it and builds its fault plans from these records.
 */
package dev.slogate.chaos.spec;
