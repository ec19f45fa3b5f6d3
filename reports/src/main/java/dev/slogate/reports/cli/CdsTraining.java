package dev.slogate.reports.cli;

import dev.slogate.slo.gatling.SyntheticLogGenerator;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the command-line tool's class-data-sharing archive, run by the build
 * ({@code reports/pom.xml}) under {@code -XX:ArchiveClassesAtExit}: {@code slogate evaluate} on a small synthetic
 * log, with a plan and without, so that the archive holds every class a real evaluation loads (picocli's model,
 * the YAML and JSON readers, the decoder, the evaluator, the statistics, the console table and verdict.json).
 * The launcher {@code target/slogate} then starts the JVM from that archive, which saves most of the class
 * loading and verification of a cold start. Not a command: nothing a user runs.
 *
 * <p>{@code CdsTraining <work folder>}; exits 0 when every evaluation ran (whatever its verdict).
 */
public final class CdsTraining {

  private static final int REQUESTS = 40_000;
  private static final int REQUESTS_PER_SECOND = 5_000;

  private CdsTraining() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CdsTraining <work folder>");
      System.exit(ExitCodes.USAGE);
    }
    Path work = Path.of(args[0]);
    Path log = work.resolve("run/simulation.log");
    SyntheticLogGenerator.generate(log, REQUESTS, REQUESTS_PER_SECOND, 1);
    Path plan = work.resolve("plan.json");
    double usersPerSecond = REQUESTS_PER_SECOND / 4.0;
    RunPlanIO.write(new RunPlan("cds-training", SyntheticLogGenerator.SIMULATION, "synthetic", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 2_000, usersPerSecond),
        Phase.constant("steady", PhaseKind.STEADY, 2_000, 4_000, usersPerSecond),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 6_000, 2_000, usersPerSecond))), plan);

    int worst = Math.max(
        evaluate("evaluate", "--slo", "reference-stack", "--gatling-log", log.toString(), "--plan", plan.toString(),
            "--json", work.resolve("verdict.json").toString()),
        evaluate("evaluate", "--slo", "reference-stack", "--gatling-log", log.getParent().toString()));
    if (worst >= ExitCodes.USAGE) {
      System.err.println("CdsTraining: an evaluation failed with exit code " + worst);
      System.exit(worst);
    }
  }

  private static int evaluate(String... args) {
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return SlogateCli.commandLine(discard, err).execute(args);
  }
}
