package dev.slogate.slo.pipeline;

import dev.slogate.slo.eval.Evaluation;

/**
 * A run judged on its own objectives.
 *
 * @param measured the run read
 * @param evaluation the evaluator's verdicts
 */
public record Evaluated(Measured measured, Evaluation evaluation) {}
