package dev.slogate.reports.cli;

import dev.slogate.slo.merge.InjectorRun;
import dev.slogate.slo.merge.MergedRun;
import dev.slogate.slo.merge.RunMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code slogate merge}: adds the run folders of the injectors of one shared run into the folder of the whole run
 * ({@link RunMerge}), wherever they ran (a CI matrix, pods, several machines). The merged folder is judged as any run
 * folder is: {@code slogate report --run DIR} or {@code slogate evaluate}. Runs that are not parts of one run are
 * refused with one line (exit {@value ExitCodes#INPUT}); a missing or unhealthy injector is not refused but makes the
 * merged run's phases INVALID, naming it.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merges the run folders of the injectors of one run into one run folder, judged by report or evaluate.")
final class MergeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged run folder to write.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "RUN", description = "The injectors' run folders, target/slogate/<run-id>/.")
  List<Path> runs;

  @Override
  public Integer call() {
    MergedRun merged = RunMerge.merge(runs.stream().map(InjectorRun::read).toList());
    merged.writeTo(out);
    PrintWriter stdout = spec.commandLine().getOut();
    merged.describe().forEach(line -> stdout.println("slogate: " + line));
    stdout.println("slogate: merged " + merged.parts().size() + " injector run" + (merged.parts().size() == 1 ? "" : "s")
        + " of " + merged.record().metadata().runId() + " into " + out + " (judge it: slogate report --run " + out + ")");
    stdout.flush();
    return 0;
  }
}
