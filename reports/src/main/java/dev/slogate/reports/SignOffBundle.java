package dev.slogate.reports;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.reports.internal.evidence.EvidenceJson;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-off bundle of a run, written into its folder at the end of a run: {@code verdict.json},
 * {@code report.html}, {@code junit.xml}, {@code summary.md}, {@code allure-results/}, and last
 * {@code evidence.json}, which hashes every file of the folder (the run record with its raw histograms
 * included).
 */
public final class SignOffBundle {

  private SignOffBundle() {}

  /**
   * Writes the bundle of a run judged without a baseline.
   *
   * @param plan null without a plan
   * @param timeline null for a run without chaos
   * @return the files and folders written, {@code evidence.json} last
   */
  public static List<Path> write(Path runDirectory, Evaluation evaluation, GateDecision gate, RunRecord record,
      RunPlan plan, ChaosTimeline timeline, Evidence evidence) {
    return write(runDirectory, new ReportInput(evaluation, gate, record, plan, timeline, Regression.none(), evidence));
  }

  /** Writes every format and then {@code evidence.json}. */
  public static List<Path> write(Path runDirectory, ReportInput input) {
    return write(runDirectory, input, ReportFormats.all(), true);
  }

  /**
   * Writes some formats, and {@code evidence.json} after them when asked.
   *
   * @return the files and folders written
   */
  public static List<Path> write(Path outputDirectory, ReportInput input, List<ReportFormat> formats, boolean evidence) {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      written.add(format.writeOut(input, outputDirectory));
    }
    if (evidence) {
      written.add(EvidenceJson.write(input.evidence(), input.regression().baselineRunId(), outputDirectory));
    }
    return written;
  }
}
