package dev.slogate.reports.run;

import dev.slogate.reports.ReportInput;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.pipeline.Judgement;
import dev.slogate.slo.pipeline.JudgingPipeline;
import dev.slogate.slo.pipeline.RunSource;
import dev.slogate.slo.pipeline.RunToJudge;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.SloSpec;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A run judged for its reports: the one {@link JudgingPipeline} (record → evaluate → compare with baseline → gate),
 * then the evidence, which is a report's concern. The end of a Gatling run and {@code slogate report} both come
 * here, so that {@code slogate report} on a run folder reproduces its {@code verdict.json}.
 */
public final class RunJudgement {

  private static final JudgingPipeline PIPELINE = new JudgingPipeline();

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
    Judgement judgement = PIPELINE.judge(new RunToJudge(spec, RunSource.of(record), plan, timeline, baseline, criteria, policy));
    return new ReportInput(judgement.evaluation(), judgement.gate(), record, plan, timeline, judgement.regression(),
        Evidence.collect(record, plan, sloText, workingDirectory, clock));
  }
}
