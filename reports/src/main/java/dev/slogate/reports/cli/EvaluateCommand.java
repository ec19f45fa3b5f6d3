package dev.slogate.reports.cli;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.internal.verdict.VerdictJson;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.InjectionStart;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.pipeline.Judgement;
import dev.slogate.slo.pipeline.JudgingPipeline;
import dev.slogate.slo.pipeline.RunSource;
import dev.slogate.slo.pipeline.RunToJudge;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecordIO;
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
 * <p>The run is judged by the one {@link JudgingPipeline}. The plan (or its absence) is known before the log is
 * read, so without a baseline the log is read straight into the aggregates of the windows the evaluator will judge
 * ({@link dev.slogate.slo.record.WindowedRun}): no histogram per second, memory that does not grow with the run's
 * length, and the same Evaluation as from a full RunRecord. With {@code --baseline} the comparison needs every
 * second, and the log is read into a full record.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Judges an existing Gatling 3.15 simulation.log against an SLO file or catalog.")
final class EvaluateCommand implements Callable<Integer>, ReadsOptions {

  private static final JudgingPipeline PIPELINE = new JudgingPipeline();

  @Spec
  CommandSpec spec;

  @Option(names = "--slo", required = true, paramLabel = "FILE|CATALOG",
      description = "The SLO file (YAML or OpenSLO) or the name of an embedded catalog, such as reference-stack.")
  String slo;

  @Option(names = "--gatling-log", required = true, paramLabel = "FILE|DIR",
      description = "A simulation.log, a Gatling run folder holding one, Gatling's results folder (its newest run is "
          + "read), or a run folder holding a saved run-record.json.gz and no log (a merged run).")
  Path gatlingLog;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "The run plan (plan.json), counted from the log's first arrival. Without one the whole run is judged "
          + "as one phase, warm-up included, and the load is not checked against a plan.")
  Path plan;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write verdict.json (schema slogate.verdict/v2) here.")
  Path json;

  @Option(names = "--inconclusive", paramLabel = "fail|pass",
      description = "What the gate does with INCONCLUSIVE (default: slogate.gate.inconclusive, else fail).")
  String inconclusive; // parsed for the help and the usage; its value is read as the option, from the options

  @Option(names = "--run-id", paramLabel = "ID", description = "The run id to record (default: the Gatling run folder's name).")
  String runId;

  @Option(names = "--baseline", paramLabel = "DIR|FILE",
      description = "A baseline run folder or run record to compare with, as for slogate report: each percentile may rise"
          + " by at most 10% plus 1 ms. The log is then read with every second kept apart (default: slogate.baseline,"
          + " else none).")
  Path baseline; // parsed for the help and the usage; its value is read as the option, from the options

  /** The run's options: {@code --inconclusive} and {@code --baseline} are read from them, as their options' values. */
  private OptionValues options;

  @Override
  public void useOptions(OptionValues values) {
    this.options = values;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GatePolicy policy = Policies.parse(spec, options);
    Optional<Path> baselinePath = options.get(Options.BASELINE).map(Path::of);
    // The SLO file is parsed while the plan and the log are read; it is still the first input whose error is shown.
    Background<SloSpec> loading = Background.start("slogate-slo", () -> SloSpecs.load(slo));
    Path log;
    RunPlan runPlan;
    Baseline comparedWith;
    RunSource source;
    try {
      Optional<Path> saved = savedRecord(gatlingLog);
      log = saved.isPresent() ? saved.get() : locate(gatlingLog);
      // Counted from the log's first arrival, as the end of a run does: Gatling starts injecting a few hundred
      // milliseconds after its run start, and a plan written before the run would take that for schedule lag. A
      // saved record's plan (a merged run's) was aligned when it was written.
      runPlan = plan == null ? null
          : saved.isPresent() ? RunPlanIO.read(plan) : InjectionStart.aligned(RunPlanIO.read(plan), log);
      comparedWith = baselinePath.map(Baseline::load).orElse(null);
      source = saved.isPresent() ? RunSource.of(RunRecordIO.load(log))
          : RunSource.gatlingLog(log, runId != null ? runId : defaultRunId(log), ReadOptions.strict()
              .withInjectorId(options.orDefault(Options.INJECTOR_ID).orElseThrow()));
    } catch (RuntimeException e) {
      loading.get();
      throw e;
    }
    Judgement judgement = PIPELINE.judge(new RunToJudge(loading::get, source, runPlan, null, comparedWith,
        RegressionCriteria.defaults().withRequired(comparedWith != null), policy));
    if (judgement.regression().status() == Regression.Status.REFUSED) {
      throw new ExitCodes.InputException(Words.regression(judgement.regression()));
    }
    out.println("slogate: read " + log);
    if (runPlan == null) {
      out.println("slogate: no run plan given: the whole run is judged as one phase (whole-run), warm-up included,"
          + " and the load is not checked against a plan");
    }
    if (judgement.failoverLeftOut()) {
      out.println("slogate: failover objectives are not judged: a Gatling log holds no chaos timeline");
    }
    Evaluation evaluation = judgement.evaluation();
    GateDecision decision = judgement.gate();
    if (json != null) {
      if (comparedWith == null) {
        VerdictJson.write(evaluation, decision, json);
      } else {
        VerdictJson.write(evaluation, decision, judgement.regression(), json);
      }
      out.println("slogate: wrote " + json);
    }
    out.print(ConsoleVerdictTable.render(evaluation, decision));
    if (comparedWith != null) {
      out.println("slogate: " + Words.regression(judgement.regression()));
    }
    out.flush();
    return decision.exitCode();
  }

  /** The log itself; in Gatling's results folder, the newest run's log. */
  /**
   * The saved record of a run folder that holds one and no Gatling log, such as the folder {@code slogate merge}
   * writes; empty for anything else.
   */
  static Optional<Path> savedRecord(Path path) {
    Path record = path.resolve(RunRecordIO.FILE_NAME);
    return Files.isDirectory(path) && Files.isRegularFile(record)
        && !Files.isRegularFile(path.resolve(SimulationLogDecoder.LOG_FILE_NAME)) ? Optional.of(record) : Optional.empty();
  }

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
