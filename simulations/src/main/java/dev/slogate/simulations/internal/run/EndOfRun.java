package dev.slogate.simulations.internal.run;

import dev.slogate.reports.ReportInput;
import dev.slogate.reports.SignOffBundle;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.simulations.run.GatlingResults;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.InjectionStart;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogException;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.health.InjectorTimelineIO;
import dev.slogate.slo.pipeline.LeaveOutFailover;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSource;
import dev.slogate.slo.spec.SloSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What happens in a simulation's {@code after()} hook, when Gatling has closed its log: read the log into a
 * RunRecord, save it beside the plan, judge it against the SLO file (and the baseline, when there is one) through
 * the one judging pipeline ({@link dev.slogate.slo.pipeline.JudgingPipeline}, by way of {@link RunJudgement}),
 * write the sign-off bundle ({@code verdict.json}, {@code report.html}, {@code junit.xml}, {@code summary.md},
 * {@code allure-results/}, {@code evidence.json}), print the summary and the verdict table, and decide the
 * gate.
 *
 * <p>Fail-safe: no log, or a log that ends early, yields a record marked incomplete or none at all, and
 * neither can pass.
 */
public final class EndOfRun {

  private final RunDirectory run;
  private final SloSource slo;
  private final GatePolicy policy;
  private final Baseline baseline;
  private final long runStartedAtMillis;

  /**
   * @param baseline the run to compare with, or null
   */
  public EndOfRun(RunDirectory run, SloSource slo, GatePolicy policy, Baseline baseline, long runStartedAtMillis) {
    this.run = run;
    this.slo = slo;
    this.policy = policy;
    this.baseline = baseline;
    this.runStartedAtMillis = runStartedAtMillis;
  }

  /** Judges a run without faults: failover objectives are left out, since nothing failed over. */
  public GateDecision complete() {
    return complete(null);
  }

  /** @param timeline the faults injected during the run, or null for a run without chaos */
  public GateDecision complete(ChaosTimeline timeline) {
    return completeWithChaos(record -> timeline);
  }

  /**
   * Judges a run whose chaos timeline needs the run record, for the load's failed requests in each fault
   * window: {@code timelineOf} gets the record once it is read, and returns the timeline (null: no chaos).
   */
  public GateDecision completeWithChaos(java.util.function.Function<RunRecord, ChaosTimeline> timelineOf) {
    Optional<Path> log = GatlingResults.logWrittenSince(GatlingResults.resultsFolder(), runStartedAtMillis);
    if (log.isEmpty()) {
      System.err.println("slogate: no simulation.log written since the run started in "
          + GatlingResults.resultsFolder().toAbsolutePath());
    }
    RunPlan plan = alignedOnFirstArrival(RunPlanIO.read(run.file(RunPlanIO.FILE_NAME)), log);
    RunRecord record = log.map(this::readRecord).orElseGet(() -> emptyIncompleteRecord(plan))
        .withInjectorTimeline(injectorTimeline());
    RunRecordIO.save(record, run.file(RunRecordIO.FILE_NAME));
    ChaosTimeline timeline = timelineOf.apply(record);
    if (timeline != null) {
      ChaosTimelineIO.save(timeline, run.file(ChaosTimelineIO.FILE_NAME));
    }
    System.out.print(SteadyStateSummary.of(record, plan).render());
    SloSpec spec = slo.parse();
    if (LeaveOutFailover.judged(spec, timeline) != spec) {
      System.out.println("slogate: failover objectives are not judged: this run injected no fault");
    }

    ReportInput input = RunJudgement.judge(spec, slo.text(), record, plan, timeline, baseline,
        RegressionCriteria.defaults(), policy, Path.of("").toAbsolutePath(), Clock.systemUTC());
    SignOffBundle.write(run.path(), input);
    System.out.print(ConsoleVerdictTable.render(input.evaluation(), input.gate()));
    run.markLatest();
    System.out.println("slogate: sign-off bundle in " + run.path().toAbsolutePath()
        + " (report.html, verdict.json, junit.xml, summary.md, allure-results/, evidence.json)");
    return input.gate();
  }

  /** The decision when the end of the run itself failed: never a pass. */
  public static GateDecision internalError(GatePolicy policy) {
    return Gate.decide(Verdict.INVALID, policy);
  }

  /**
   * The plan moved to the injector's real start, and written back so that a report made later from the run folder
   * judges the same phases.
   */
  private RunPlan alignedOnFirstArrival(RunPlan plan, Optional<Path> log) {
    if (log.isEmpty()) {
      return plan;
    }
    RunPlan aligned = InjectionStart.aligned(plan, log.get());
    if (aligned != plan) {
      RunPlanIO.write(aligned, run.file(RunPlanIO.FILE_NAME));
    }
    return aligned;
  }

  private RunRecord readRecord(Path log) {
    try {
      return SimulationLogReader.read(log, run.runId());
    } catch (SimulationLogException e) {
      // Keep what was readable as evidence; the record is marked incomplete and can never pass.
      System.err.println("slogate: " + e.getMessage());
      return SimulationLogReader.read(log, run.runId(), ReadOptions.allowTruncated());
    }
  }

  /** The sampler's timeline of this run; not recorded when it cannot be read, which is never taken as healthy. */
  private InjectorTimeline injectorTimeline() {
    try {
      return InjectorTimelineIO.read(run.file(InjectorTimelineIO.FILE_NAME));
    } catch (RuntimeException e) {
      System.err.println("slogate: injector health not recorded: " + e.getMessage());
      return InjectorTimeline.notRecorded();
    }
  }

  private RunRecord emptyIncompleteRecord(RunPlan plan) {
    RunMetadata metadata = new RunMetadata(run.runId(), plan.simulation(), runStartedAtMillis, List.of(), List.of(), false);
    return RunRecord.of(metadata, List.of());
  }
}
