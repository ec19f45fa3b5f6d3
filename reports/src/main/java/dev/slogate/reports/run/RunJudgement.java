package dev.slogate.reports.run;

import dev.slogate.reports.ReportInput;
import dev.slogate.reports.baseline.Baseline;
import dev.slogate.reports.baseline.BaselineComparison;
import dev.slogate.reports.baseline.Regression;
import dev.slogate.reports.baseline.RegressionCriteria;
import dev.slogate.reports.baseline.RelativeVerdicts;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.EvaluationOptions;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Judges a run for its reports: evaluate, compare with the baseline, fold the relative objectives in, decide
 * the gate, collect the evidence. The same steps as the end of a Gatling run, so that {@code slogate report}
 * on a run folder reproduces its {@code verdict.json}.
 */
public final class RunJudgement {

  private RunJudgement() {}

  public static ReportInput judge(RunFolder folder, Baseline baseline, RegressionCriteria criteria, GatePolicy policy, Clock clock) {
    return judge(folder.spec(), folder.sloText(), folder.record(), folder.plan(), folder.timeline(), baseline, criteria,
        policy, folder.directory(), clock);
  }

  /**
   * @param sloText the SLO file's text, for its hash; null when unknown
   * @param plan null without a plan
   * @param timeline null for a run without chaos: failover objectives are then left out, as at the end of a run
   * @param baseline null without one
   * @param workingDirectory where to ask git for the commit
   */
  public static ReportInput judge(SloSpec spec, String sloText, RunRecord record, RunPlan plan, ChaosTimeline timeline,
      Baseline baseline, RegressionCriteria criteria, GatePolicy policy, Path workingDirectory, Clock clock) {
    Evaluation evaluation = new Evaluator(EvaluationOptions.defaults()).evaluate(judged(spec, timeline), record, plan, timeline);
    Regression regression = BaselineComparison.compare(evaluation, record, plan, baseline, criteria);
    Evaluation withRelative = RelativeVerdicts.apply(evaluation, regression);
    return new ReportInput(withRelative, Gate.decide(withRelative, policy), record, plan, timeline, regression,
        Evidence.collect(record, plan, sloText, workingDirectory, clock));
  }

  /** A load-only run cannot speak to failover: judging it would make every such run INCONCLUSIVE. */
  public static SloSpec judged(SloSpec spec, ChaosTimeline timeline) {
    boolean hasFailover = spec.objectives().stream().anyMatch(o -> o.kind() == ObjectiveKind.FAILOVER);
    boolean onlyFailover = spec.objectives().stream().allMatch(o -> o.kind() == ObjectiveKind.FAILOVER);
    return timeline == null && hasFailover && !onlyFailover ? spec.without(ObjectiveKind.FAILOVER) : spec;
  }
}
