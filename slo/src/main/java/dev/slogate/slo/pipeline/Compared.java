package dev.slogate.slo.pipeline;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.eval.Evaluation;

/**
 * A run judged on its objectives and against its baseline.
 *
 * @param evaluated the run judged on its own objectives
 * @param regression the comparison with the baseline, {@link Regression#none()} without one
 * @param evaluation the evaluation with the relative objectives folded in: what the gate decides on
 */
public record Compared(Evaluated evaluated, Regression regression, Evaluation evaluation) {}
