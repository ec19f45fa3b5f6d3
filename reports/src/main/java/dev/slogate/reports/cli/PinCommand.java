package dev.slogate.reports.cli;

import dev.slogate.config.AtomicFiles;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slogate pin}: keeps a run as its system's baseline, as {@code <dir>/<system>.run-record.json.gz} with
 * its plan and SLO file beside it, ready to be committed for the nightly gate.
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
    description = "Pins a run folder as its system's baseline: baselines/<system>.run-record.json.gz (+ .plan.json, .slo.yaml).")
final class PinCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder to pin.")
  Path run;

  @Option(names = "--to", paramLabel = "DIR", defaultValue = "baselines", description = "Where pinned baselines live (default: ${DEFAULT-VALUE}).")
  Path directory;

  @Override
  public Integer call() {
    RunFolder folder = RunFolder.load(run);
    String system = folder.spec().system();
    PrintWriter out = spec.commandLine().getOut();
    copy(run.resolve(RunRecordIO.FILE_NAME), directory.resolve(system + ".run-record.json.gz"), out);
    copy(run.resolve(RunFolder.SLO_FILE), directory.resolve(system + ".slo.yaml"), out);
    Path plan = run.resolve(RunPlanIO.FILE_NAME);
    if (Files.isRegularFile(plan)) {
      copy(plan, directory.resolve(system + ".plan.json"), out);
    } else {
      // A plan pinned with an earlier run would be matched against runs it does not describe.
      try {
        Files.deleteIfExists(directory.resolve(system + ".plan.json"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the old pinned plan: " + e.getMessage(), e);
      }
    }
    out.println("slogate: pinned run " + folder.record().metadata().runId() + " as the baseline of " + system);
    out.flush();
    return 0;
  }

  private static void copy(Path from, Path to, PrintWriter out) {
    try {
      AtomicFiles.replace(to, tmp -> Files.copy(from, tmp));
      out.println("slogate: wrote " + to);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }
}
