package dev.slogate.slo.pipeline;

import dev.slogate.slo.eval.EvaluationOptions;
import dev.slogate.slo.eval.Evaluator;

/** Judges the run on its objectives: the {@link Evaluator}. */
public final class Evaluate {

  private final Evaluator evaluator;

  public Evaluate(EvaluationOptions options) {
    this.evaluator = new Evaluator(options);
  }

  public Evaluated apply(Measured measured) {
    RunToJudge run = measured.run();
    return new Evaluated(measured, evaluator.evaluate(measured.judged(), measured.measurements(), run.plan(), run.timeline()));
  }
}
