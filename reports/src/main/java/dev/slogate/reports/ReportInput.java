package dev.slogate.reports;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report renders, judged once. Every format reads the same evaluation and gate decision, which
 * is why no report can say PASS where {@code verdict.json} does not. Immutable.
 *
 * @param evaluation the evaluation, relative (baseline) objectives included when there was a comparison
 * @param gate the gate's decision on {@code evaluation}
 * @param record the measurements, for the charts
 * @param plan the run plan, or null (then the whole run was judged as one phase)
 * @param timeline the chaos timeline, or null for a run without faults
 * @param regression the baseline comparison, {@link Regression#none()} without a baseline
 * @param evidence versions, hashes and provenance for the evidence block
 */
public record ReportInput(
    Evaluation evaluation,
    GateDecision gate,
    RunRecord record,
    RunPlan plan,
    ChaosTimeline timeline,
    Regression regression,
    Evidence evidence) {

  public ReportInput {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(regression, "regression");
    Objects.requireNonNull(evidence, "evidence");
    if (gate.verdict() != evaluation.verdict()) {
      throw new IllegalArgumentException("the gate decided on " + gate.verdict() + " but the evaluation says "
          + evaluation.verdict() + ": decide the gate on the evaluation that is reported");
    }
  }

  public Optional<RunPlan> planIfAny() {
    return Optional.ofNullable(plan);
  }

  public Optional<ChaosTimeline> timelineIfAny() {
    return Optional.ofNullable(timeline);
  }

  public String system() {
    return evaluation.spec().system();
  }
}
