package dev.slogate.simulations.run;

import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.verdict.VerdictJson;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.EvaluationOptions;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogException;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What happens in a simulation's {@code after()} hook, when Gatling has closed its log: read the log into a
 * RunRecord, save it beside the plan, judge it against the SLO file, write {@code verdict.json}, print the
 * summary and the verdict table, and decide the gate.
 *
 * <p>Fail-safe: no log, or a log that ends early, yields a record marked incomplete or none at all, and
 * neither can pass.
 */
public final class EndOfRun {

  private final RunDirectory run;
  private final SloSpec spec;
  private final GatePolicy policy;
  private final long runStartedAtMillis;

  public EndOfRun(RunDirectory run, SloSpec spec, GatePolicy policy, long runStartedAtMillis) {
    this.run = run;
    this.spec = spec;
    this.policy = policy;
    this.runStartedAtMillis = runStartedAtMillis;
  }

  /** Judges a run without faults. */
  public GateDecision complete() {
    return complete(null);
  }

  /** @param timeline the faults injected during the run, or null for a run without chaos */
  public GateDecision complete(ChaosTimeline timeline) {
    RunPlan plan = RunPlanIO.read(run.file(RunPlanIO.FILE_NAME));
    RunRecord record = readRecord().orElseGet(() -> emptyIncompleteRecord(plan));
    RunRecordIO.save(record, run.file(RunRecordIO.FILE_NAME));
    System.out.print(SteadyStateSummary.of(record, plan).render());

    SloSpec judged = spec;
    if (timeline == null && spec.objectives().stream().anyMatch(o -> o.kind() == ObjectiveKind.FAILOVER)) {
      // A load-only run cannot speak to failover; leaving the objective in would make every such run
      // INCONCLUSIVE. FailoverUnderLoad judges it.
      judged = spec.without(ObjectiveKind.FAILOVER);
      System.out.println("slogate: failover objectives are not judged: this run injected no fault");
    }
    Evaluation evaluation = new Evaluator(EvaluationOptions.defaults()).evaluate(judged, record, plan, timeline);
    GateDecision decision = Gate.decide(evaluation, policy);
    VerdictJson.write(evaluation, decision, run.file(VerdictJson.FILE_NAME));
    System.out.print(ConsoleVerdictTable.render(evaluation, decision));
    run.markLatest();
    System.out.println("slogate: results in " + run.path().toAbsolutePath());
    return decision;
  }

  /** The decision when the end of the run itself failed: never a pass. */
  public static GateDecision internalError(GatePolicy policy) {
    return Gate.decide(Verdict.INVALID, policy);
  }

  private Optional<RunRecord> readRecord() {
    Optional<Path> log = GatlingResults.logWrittenSince(GatlingResults.resultsFolder(), runStartedAtMillis);
    if (log.isEmpty()) {
      System.err.println("slogate: no simulation.log written since the run started in "
          + GatlingResults.resultsFolder().toAbsolutePath());
      return Optional.empty();
    }
    try {
      return Optional.of(SimulationLogReader.read(log.get(), run.runId()));
    } catch (SimulationLogException e) {
      // Keep what was readable as evidence; the record is marked incomplete and can never pass.
      System.err.println("slogate: " + e.getMessage());
      return Optional.of(SimulationLogReader.read(log.get(), run.runId(), ReadOptions.allowTruncated()));
    }
  }

  private RunRecord emptyIncompleteRecord(RunPlan plan) {
    RunMetadata metadata = new RunMetadata(run.runId(), plan.simulation(), runStartedAtMillis, List.of(), List.of(), false);
    return RunRecord.of(metadata, List.of());
  }
}
