package dev.slogate.reports.cli;

import dev.slogate.config.OptionValues;
import dev.slogate.reports.ReportFormat;
import dev.slogate.reports.ReportFormats;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.SignOffBundle;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.gate.GatePolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slogate report}: re-evaluates a run folder and renders its reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-evaluates a run folder (record, plan, slo.yaml, chaos timeline) and renders its reports.")
final class ReportCommand implements Callable<Integer>, ReadsOptions {

  @Spec
  CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder, target/slogate/<run-id>/.")
  Path run;

  @Option(names = "--baseline", paramLabel = "DIR|FILE",
      description = "A baseline run folder or run record. Default: the pinned baseline (-Dslogate.baseline, or"
          + " baselines/<system>.run-record.json.gz under the current directory), if any.")
  Path baseline; // parsed for the help and the usage; its value is read as the option, from the options

  @Option(names = "--no-baseline", description = "Compare with no baseline, even a pinned one.")
  boolean noBaseline;

  @Option(names = "--regression-tolerance", paramLabel = "PERCENT", defaultValue = "10%",
      description = "How much a percentile may rise over the baseline (default: ${DEFAULT-VALUE}, plus 1 ms).")
  String tolerance;

  @Option(names = "--format", paramLabel = "LIST", defaultValue = "html,junit,md,allure,json", split = ",",
      description = "Formats to write: html, junit, md, allure, json (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: the run folder).")
  Path out;

  @Option(names = "--inconclusive", paramLabel = "fail|pass",
      description = "What the gate does with INCONCLUSIVE (default: slogate.gate.inconclusive, else fail).")
  String inconclusive; // parsed for the help and the usage; its value is read as the option, from the options

  /** The run's options: {@code --inconclusive} and {@code --baseline} are read from them, as their options' values. */
  private OptionValues options;

  @Override
  public void useOptions(OptionValues values) {
    this.options = values;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    GatePolicy policy = Policies.parse(spec, options);
    List<ReportFormat> chosen = chosenFormats();
    RegressionCriteria criteria = RegressionCriteria.defaults().withTolerance(RegressionCriteria.parseTolerance(tolerance));
    RunFolder folder = RunFolder.load(run);
    Optional<Path> baselinePath = noBaseline ? Optional.empty()
        : Baseline.pinned(folder.spec().system(), Path.of("").toAbsolutePath(), options);
    Baseline loaded = baselinePath.map(Baseline::load).orElse(null);
    ReportInput input = RunJudgement.judge(folder, loaded, criteria.withRequired(loaded != null), policy, Clock.systemUTC());
    if (input.regression().status() == Regression.Status.REFUSED) {
      throw new ExitCodes.InputException(Words.regression(input.regression()));
    }
    Path target = out != null ? out : run;
    List<Path> written = SignOffBundle.write(target, input, chosen, true);
    stdout.print(ConsoleVerdictTable.render(input.evaluation(), input.gate()));
    stdout.println("slogate: " + Words.regression(input.regression()));
    for (Path path : written) {
      stdout.println("slogate: wrote " + path);
    }
    stdout.flush();
    return input.gate().exitCode();
  }

  private List<ReportFormat> chosenFormats() {
    try {
      return ReportFormats.parse(String.join(",", formats));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
