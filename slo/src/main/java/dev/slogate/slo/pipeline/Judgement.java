package dev.slogate.slo.pipeline;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.spec.SloSpec;

/**
 * A run judged: the last value of the pipeline, and everything a report renders apart from evidence.
 *
 * @param measured the run read, with the objectives as given and as judged
 * @param evaluation the verdicts, relative objectives included when a baseline was compared
 * @param regression the baseline comparison, {@link Regression#none()} without a baseline
 * @param gate the gate's decision on {@code evaluation}
 */
public record Judgement(Measured measured, Evaluation evaluation, Regression regression, GateDecision gate) {

  public RunMeasurements measurements() {
    return measured.measurements();
  }

  /** The objectives as given, before any was left out. */
  public SloSpec spec() {
    return measured.spec();
  }

  /** Whether failover objectives were left out because the run injected no fault. */
  public boolean failoverLeftOut() {
    return measured.judged().objectives().size() < measured.spec().objectives().size();
  }
}
