package dev.slogate.reports.cli;

import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.reports.verdict.VerdictJson;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.EvaluationOptions;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code slogate evaluate}: judges the results of any Gatling 3.15 simulation against an SLO file.
 *
 * <p>The plan (or its absence) is known before the log is read, so the log is read straight into the aggregates of
 * the windows the evaluator will judge ({@link WindowedRun}): no histogram per second, memory that does not grow
 * with the run's length, and the same Evaluation as from a full RunRecord. A run folder's full record, for
 * charts and baselines, is {@code slogate report}'s business.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Judges an existing Gatling 3.15 simulation.log against an SLO file or catalog.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--slo", required = true, paramLabel = "FILE|CATALOG",
      description = "The SLO file (YAML or OpenSLO) or the name of an embedded catalog, such as reference-stack.")
  String slo;

  @Option(names = "--gatling-log", required = true, paramLabel = "FILE|DIR",
      description = "A simulation.log, a Gatling run folder holding one, or Gatling's results folder (its newest run is read).")
  Path gatlingLog;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "The run plan (plan.json). Without one the whole run is judged as one phase, warm-up included.")
  Path plan;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write verdict.json (schema slogate.verdict/v1) here.")
  Path json;

  @Option(names = "--inconclusive", paramLabel = "fail|pass", defaultValue = "fail",
      description = "What the gate does with INCONCLUSIVE (default: ${DEFAULT-VALUE}).")
  String inconclusive;

  @Option(names = "--run-id", paramLabel = "ID", description = "The run id to record (default: the Gatling run folder's name).")
  String runId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GatePolicy policy = Policies.parse(spec, inconclusive);
    // The SLO file is parsed while the plan and the log are read; it is still the first input whose error is shown.
    Background<SloSpec> loading = Background.start("slogate-slo", () -> SloSpecs.load(slo));
    Path log;
    RunPlan runPlan;
    WindowedRun run;
    try {
      log = locate(gatlingLog);
      runPlan = plan == null ? null : RunPlanIO.read(plan);
      run = SimulationLogReader.readWindowed(log, runId != null ? runId : defaultRunId(log), ReadOptions.strict(),
          PhaseWindows.cutPoints(runPlan));
    } catch (RuntimeException e) {
      loading.get();
      throw e;
    }
    SloSpec sloSpec = loading.get();
    out.println("slogate: read " + log);
    if (runPlan == null) {
      out.println("slogate: no run plan given: the whole run is judged as one phase (whole-run), warm-up included,"
          + " and the load is not checked against a plan");
    }
    SloSpec judged = RunJudgement.judged(sloSpec, null);
    if (judged != sloSpec) {
      out.println("slogate: failover objectives are not judged: a Gatling log holds no chaos timeline");
    }
    Evaluation evaluation = new Evaluator(EvaluationOptions.defaults()).evaluate(judged, run, runPlan, null);
    GateDecision decision = Gate.decide(evaluation, policy);
    if (json != null) {
      VerdictJson.write(evaluation, decision, json);
      out.println("slogate: wrote " + json);
    }
    out.print(ConsoleVerdictTable.render(evaluation, decision));
    out.flush();
    return decision.exitCode();
  }

  /** The log itself; in Gatling's results folder, the newest run's log. */
  static Path locate(Path path) {
    if (!Files.isDirectory(path) || Files.isRegularFile(path.resolve(SimulationLogDecoder.LOG_FILE_NAME))) {
      return SimulationLogDecoder.locate(path);
    }
    try (Stream<Path> children = Files.list(path)) {
      Optional<Path> newest = children
          .filter(child -> Files.isRegularFile(child.resolve(SimulationLogDecoder.LOG_FILE_NAME)))
          .max(Comparator.comparing(EvaluateCommand::modified).thenComparing(Path::toString));
      return newest.map(p -> p.resolve(SimulationLogDecoder.LOG_FILE_NAME))
          .orElseThrow(() -> new ExitCodes.InputException("no " + SimulationLogDecoder.LOG_FILE_NAME + " in " + path
              + " nor in any folder directly under it"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  private static FileTime modified(Path runFolder) {
    try {
      return Files.getLastModifiedTime(runFolder.resolve(SimulationLogDecoder.LOG_FILE_NAME));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String defaultRunId(Path log) {
    Path folder = log.toAbsolutePath().getParent();
    return folder == null || folder.getFileName() == null ? "cli" : folder.getFileName().toString();
  }
}
