package dev.slogate.benchmarks.evaluator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code slogate evaluate} as a user runs it: the launcher the build makes ({@code reports/target/slogate}), which
 * starts the command-line jar from its class-data-sharing archive when there is one.
 *
 * @param launcher the launcher script
 * @param archived whether the class-data-sharing archive is beside it
 */
record Cli(Path launcher, boolean archived) {

  static Cli locate(Path launcher) {
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no command-line launcher at " + launcher
          + ": build it with ./mvnw -B -q -pl reports -am package -DskipTests");
    }
    return new Cli(launcher, Files.isRegularFile(launcher.resolveSibling("slogate-cli.jsa")));
  }

  /** The command, as a user types it. */
  List<String> evaluateCommand(Path log, Path plan) {
    return List.of(launcher.toString(), "evaluate", "--slo", SyntheticRun.SLO, "--gatling-log", log.toString(),
        "--plan", plan.toString());
  }

  /** One cold {@code slogate evaluate}; a gate decision (exit 0, 1 or 2) is a result, anything else a failure. */
  TimedProcess evaluate(Path log, Path plan, Path work, String name) throws IOException, InterruptedException {
    TimedProcess process = TimedProcess.run(evaluateCommand(log, plan), work, name, Duration.ofMinutes(10));
    if (process.exitCode() > 2 || !process.output().contains("---- slogate verdict:")) {
      throw new IllegalStateException("slogate evaluate failed (exit " + process.exitCode() + "): "
          + EvaluatorSpeedBenchmark.tail(process.output()));
    }
    return process;
  }

  /** Cold {@code slogate --version}, {@code times} times: what any run of the tool costs before it does anything. */
  long[] startCost(Path work, int times) throws IOException, InterruptedException {
    long[] walls = new long[times];
    for (int i = 0; i < times; i++) {
      TimedProcess process = TimedProcess.run(List.of(launcher.toString(), "--version"), work, "version-" + i,
          Duration.ofMinutes(1));
      if (process.exitCode() != 0) {
        throw new IllegalStateException("slogate --version failed: " + process.output());
      }
      walls[i] = process.wallMillis();
    }
    return walls;
  }

  /** The verdict line the command printed, such as "---- slogate verdict: INCONCLUSIVE — reference-stack 1 ----". */
  static String verdictLine(TimedProcess process) {
    return process.output().lines().filter(l -> l.startsWith("---- slogate verdict:")).findFirst().orElse("");
  }
}
