package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.GatlingReport;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.reader.BenchmarkLog;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.plan.RunPlanIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Item 5 of the benchmark suite: {@code slogate evaluate} on synthetic runs of 1 M, 10 M and 50 M requests
 * (5,000 requests/s, so 200 s to 10,000 s of run), exactly as a user runs it (the launcher
 * {@code reports/target/slogate}, a fresh JVM, with the plan and the SLO catalog), next to Gatling's own report
 * generation ({@code -ro}, a fresh JVM) on the very same log, round by round; the same work taken apart in a cold
 * JVM ({@link ColdEvaluate}: where the time goes, what the heap holds); then JMH's warm figures. Logs of 50 M
 * requests (1.7 GB) are generated only when the disk has room, and deleted afterwards.
 *
 * <p>See {@code benchmarks/evaluator/run.sh}; the launcher is {@code -Dbench.cli} (default
 * {@code reports/target/slogate} under the working directory, the project root).
 */
public final class EvaluatorSpeedBenchmark {

  static final double SPEED_TARGET = 10;
  static final double MEMORY_GROWTH_LIMIT = 1.5;
  static final long LARGE = 50_000_000;
  /** The launcher's own JVM options, so that the taken-apart figures come from the same JVM setup. */
  static final List<String> CLI_JVM_OPTIONS = List.of("-XX:+UseSerialGC");
  private static final long BYTES_PER_REQUEST = 35;

  private EvaluatorSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("evaluator");
    Cli cli = Cli.locate(Path.of(System.getProperty("bench.cli", "reports/target/slogate")).toAbsolutePath());
    List<Long> sizes = options.pick(List.of(1_000_000L, 10_000_000L, LARGE), List.of(200_000L, 1_000_000L));
    List<Integer> rounds = options.pick(List.of(3, 3, 1), List.of(1, 1));
    Path results = options.work().resolve("results");
    Section section = new Section("evaluator", "5. Evaluator speed: decode + evaluate vs Gatling's report generation", options);
    List<SizeResult> measured = new ArrayList<>();
    List<String> skipped = new ArrayList<>();

    long[] startCost = cli.startCost(Folders.fresh(options.work().resolve("start")), 5);
    System.out.printf(Locale.ROOT, "evaluator: slogate --version %s ms%n", SizeResult.list(startCost));
    ColdEvaluateRunner coldEvaluate = ColdEvaluateRunner.prepare(Folders.fresh(options.work().resolve("cold-evaluate")),
        BenchmarkLog.prepare(results, sizes.get(0)));
    for (int i = 0; i < sizes.size(); i++) {
      long size = sizes.get(i);
      if (size >= LARGE && !roomFor(results, size)) {
        skipped.add(String.format(Locale.ROOT, "%,d requests: not enough free disk for a %,d MB log under %s", size,
            size * BYTES_PER_REQUEST / 1_000_000, results));
        continue;
      }
      System.out.printf(Locale.ROOT, "evaluator: %,d requests%n", size);
      BenchmarkLog log = BenchmarkLog.prepare(results, size);
      try {
        measured.add(measure(cli, coldEvaluate, log, rounds.get(i), Folders.fresh(options.work().resolve("runs-" + size))));
      } finally {
        if (size >= LARGE) {
          deleteRun(log);
        }
      }
    }
    JmhFigures jmh = JmhFigures.run(results, sizes.get(0), options.quick());
    new EvaluatorReport(section, cli, coldEvaluate.archived(), startCost, measured, skipped, jmh).write();
    section.write();
  }

  private static SizeResult measure(Cli cli, ColdEvaluateRunner coldEvaluate, BenchmarkLog log, int rounds, Path work)
      throws IOException, InterruptedException {
    long records = SimulationLogDecoder.decode(log.file(), new LogEventListener() {}).events();
    Path plan = work.resolve("plan.json");
    RunPlanIO.write(SyntheticRun.plan(log.run(), log.requests()), plan);
    GatlingLauncher gatling = GatlingLauncher.withThisClassPath();

    long[] cliWall = new long[rounds];
    long[] gatlingWall = new long[rounds];
    List<ColdFigures> windowed = new ArrayList<>();
    TimedProcess command = null;
    TimedProcess report = null;
    for (int round = 0; round < rounds; round++) {
      command = cli.evaluate(log.file(), plan, work, "slogate-" + round);
      cliWall[round] = command.wallMillis();
      ColdFigures parts = ColdFigures.parse(coldEvaluate.run("windowed", log.file(), plan, work, "cold-windowed-" + round));
      windowed.add(parts);
      System.out.printf(Locale.ROOT, "evaluator:   slogate evaluate %d ms (in a cold JVM: decode %d, evaluate %d)%n",
          command.wallMillis(), parts.decodeMillis(), parts.evaluateMillis());

      keepOnlyTheLog(log);
      report = TimedProcess.run(gatling.reportOnlyCommand(log.results(), log.run()), work, "gatling-" + round,
          Duration.ofMinutes(20));
      if (report.exitCode() != 0) {
        throw new IllegalStateException("Gatling -ro failed (exit " + report.exitCode() + "): " + tail(report.output()));
      }
      long counted = GatlingReport.parse(report.output()).requests();
      if (counted != log.requests()) {
        throw new IllegalStateException("Gatling counted " + counted + " requests, not " + log.requests());
      }
      gatlingWall[round] = report.wallMillis();
      System.out.printf(Locale.ROOT, "evaluator:   Gatling -ro %d ms%n", report.wallMillis());
    }
    ColdFigures fullRecord = ColdFigures.parse(coldEvaluate.run("record", log.file(), plan, work, "cold-record"));
    System.out.printf(Locale.ROOT, "evaluator:   full RunRecord in a cold JVM: decode %d ms, evaluate %d ms%n",
        fullRecord.decodeMillis(), fullRecord.evaluateMillis());
    return new SizeResult(log.requests(), records, log.bytes(), cliWall, gatlingWall, windowed, fullRecord,
        command.peakRssKilobytes(), report.peakRssKilobytes(), Cli.verdictLine(command));
  }

  private static boolean roomFor(Path results, long requests) throws IOException {
    Files.createDirectories(results);
    long needed = requests * BYTES_PER_REQUEST + 500_000_000L;
    return Files.getFileStore(results).getUsableSpace() > needed;
  }

  /** Gatling's report goes into the run folder; each Gatling round starts from the log alone. */
  private static void keepOnlyTheLog(BenchmarkLog log) throws IOException {
    try (Stream<Path> entries = Files.list(log.file().getParent())) {
      for (Path entry : entries.filter(p -> !p.equals(log.file())).toList()) {
        Folders.deleteTree(entry);
      }
    }
  }

  private static void deleteRun(BenchmarkLog log) throws IOException {
    Folders.deleteTree(log.file().getParent());
  }

  static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 15), lines.length));
  }
}
