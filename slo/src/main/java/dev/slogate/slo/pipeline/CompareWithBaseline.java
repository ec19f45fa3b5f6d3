package dev.slogate.slo.pipeline;

import dev.slogate.slo.baseline.BaselineComparison;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.baseline.RelativeVerdicts;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.RunRecord;

/**
 * Compares the run with its baseline and folds the relative objectives into the evaluation, so that the gate and
 * every report judge one list. Without a baseline, and none asked for, the evaluation passes through unchanged.
 */
public final class CompareWithBaseline {

  public Compared apply(Evaluated evaluated) {
    RunToJudge run = evaluated.measured().run();
    Regression regression = BaselineComparison.compare(evaluated.evaluation(), record(evaluated.measured().measurements(), run),
        run.plan(), run.baseline(), run.criteria());
    return new Compared(evaluated, regression, RelativeVerdicts.apply(evaluated.evaluation(), regression));
  }

  /** The record compared: every second is needed only when there is a baseline to compare with. */
  private static RunRecord record(RunMeasurements measurements, RunToJudge run) {
    if (measurements instanceof RunRecord record) {
      return record;
    }
    if (run.comparesWithBaseline()) {
      throw new IllegalStateException("a baseline comparison needs every second of the run: its source gave a "
          + measurements.getClass().getSimpleName() + " instead of a RunRecord");
    }
    return null;
  }
}
