package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.harness.Folders;
import dev.slogate.benchmarks.harness.GatlingLauncher;
import dev.slogate.benchmarks.harness.GatlingReport;
import dev.slogate.benchmarks.harness.Met;
import dev.slogate.benchmarks.harness.Section;
import dev.slogate.benchmarks.harness.SuiteOptions;
import dev.slogate.benchmarks.harness.Table;
import dev.slogate.benchmarks.reader.BenchmarkLog;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Item 5 of the benchmark suite: decode plus evaluate on synthetic runs of 1 M, 10 M and 50 M requests
 * (5,000 requests/s, so 200 s to 10,000 s of run), each in a fresh JVM with the same 512 MB heap limit,
 * next to Gatling's own report generation ({@code -ro}, a fresh JVM with its default 1 GB) on the very same
 * log, round by round; then JMH's warm figures. Logs of 50 M requests (1.7 GB) are generated only when the
 * disk has room, and deleted afterwards.
 *
 * <p>See {@code benchmarks/evaluator/run.sh}.
 */
public final class EvaluatorSpeedBenchmark {

  static final double SPEED_TARGET = 10;
  static final String SLOGATE_HEAP = "-Xmx512m";
  static final long LARGE = 50_000_000;
  private static final long BYTES_PER_REQUEST = 35;

  private EvaluatorSpeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("evaluator");
    List<Long> sizes = options.pick(List.of(1_000_000L, 10_000_000L, LARGE), List.of(200_000L, 1_000_000L));
    List<Integer> rounds = options.pick(List.of(3, 3, 1), List.of(1, 1));
    Path results = options.work().resolve("results");
    Section section = new Section("evaluator", "5. Evaluator speed: decode + evaluate vs Gatling's report generation", options);
    List<SizeResult> measured = new ArrayList<>();
    List<String> skipped = new ArrayList<>();

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
        measured.add(measure(log, rounds.get(i), Folders.fresh(options.work().resolve("runs-" + size))));
      } finally {
        if (size >= LARGE) {
          deleteRun(log);
        }
      }
    }
    JmhFigures jmh = JmhFigures.run(results, sizes.get(0), options.quick());
    report(section, measured, skipped, jmh);
    section.write();
  }

  private static SizeResult measure(BenchmarkLog log, int rounds, Path work) throws IOException, InterruptedException {
    long records = SimulationLogDecoder.decode(log.file(), new LogEventListener() {}).events();
    GatlingLauncher gatling = GatlingLauncher.withThisClassPath();
    List<String> slogateCommand = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SLOGATE_HEAP,
        "-cp", System.getProperty("java.class.path"), ColdEvaluate.class.getName(), log.file().getParent().toString(),
        Long.toString(log.requests()));
    long[] decode = new long[rounds];
    long[] evaluate = new long[rounds];
    long[] slogateWall = new long[rounds];
    long[] gatlingWall = new long[rounds];
    TimedProcess slogate = null;
    TimedProcess report = null;
    for (int round = 0; round < rounds; round++) {
      slogate = TimedProcess.run(slogateCommand, work, "slogate-" + round, Duration.ofMinutes(10));
      if (slogate.exitCode() != 0) {
        throw new IllegalStateException("ColdEvaluate failed: " + slogate.output());
      }
      decode[round] = Long.parseLong(slogate.value("decodeMillis"));
      evaluate[round] = Long.parseLong(slogate.value("evaluateMillis"));
      slogateWall[round] = slogate.wallMillis();
      System.out.printf(Locale.ROOT, "evaluator:   slogate %d ms (decode %d, evaluate %d)%n", slogate.wallMillis(),
          decode[round], evaluate[round]);

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
    return new SizeResult(log.requests(), records, log.bytes(), Long.parseLong(slogate.value("slices")), decode, evaluate,
        slogateWall, gatlingWall, Long.parseLong(slogate.value("peakHeapBytes")), Long.parseLong(slogate.value("retainedHeapBytes")),
        slogate.peakRssKilobytes(), report.peakRssKilobytes(), slogate.value("verdict"));
  }

  private static void report(Section section, List<SizeResult> sizes, List<String> skipped, JmhFigures jmh) {
    section.paragraph("""
        Synthetic Gatling 3.15 logs (`SyntheticLogGenerator`, as the reader benchmark uses: 5,000 requests/s, four
        requests per user, two in a group, log-normal latencies, 1%% failures), so the run lasts requests ÷ 5,000
        seconds. slogate: `ColdEvaluate` in a fresh JVM (`%s`) reads the log into a RunRecord and judges it against
        the reference stack's SLO file (p50/p95/p99, availability, throughput, failover) with a warm-up/steady/
        cool-down plan. Gatling: `io.gatling.app.Gatling -ro` in a fresh JVM with gatling-maven-plugin's options
        (`-Xmx1G`), which parses the log and writes its HTML report, on the same file from the page cache. Each
        round runs the two back to back and the ratio is taken per round (the median is shown). The heap figures:
        peak is the sum of each heap pool's peak (garbage included); retained is the live heap after a full GC
        with the record and the evaluation held.
        """.formatted(SLOGATE_HEAP));
    Table table = new Table("requests", "run length", "log", "records", "slogate decode", "evaluate", "decode + evaluate",
        "records/s", "slogate cold process", "Gatling `-ro` process", "ratio, process ÷ process",
        "ratio, Gatling ÷ decode+evaluate", "slogate heap peak / retained", "peak RSS slogate / Gatling", "rounds (ms, slogate; Gatling)");
    for (SizeResult s : sizes) {
      table.row(String.format(Locale.ROOT, "%,d", s.requests()), String.format(Locale.ROOT, "%,d s", s.slices()),
          mb(s.bytes()), String.format(Locale.ROOT, "%,d", s.records()),
          SizeResult.median(s.decodeMillis()) + " ms", SizeResult.median(s.evaluateMillis()) + " ms",
          s.decodeAndEvaluateMillis() + " ms", String.format(Locale.ROOT, "%,.0f", s.recordsPerSecond()),
          SizeResult.median(s.slogateWallMillis()) + " ms", SizeResult.median(s.gatlingWallMillis()) + " ms",
          String.format(Locale.ROOT, "**%.1f×**", s.processRatio()), String.format(Locale.ROOT, "%.1f×", s.inProcessRatio()),
          mb(s.peakHeapBytes()) + " / " + mb(s.retainedHeapBytes()),
          kb(s.slogateRssKilobytes()) + " / " + kb(s.gatlingRssKilobytes()),
          SizeResult.list(s.slogateWallMillis()) + "; " + SizeResult.list(s.gatlingWallMillis()));
    }
    section.table(table);
    skipped.forEach(s -> section.paragraph("**Skipped:** " + s + "."));
    if (jmh != null) {
      section.paragraph("JMH, warm (`EvaluatorBenchmark`, one fork, `-Xmx1g`), on the " + String.format(Locale.ROOT, "%,d", jmh.requests())
          + "-request log:");
      section.table(jmh.table());
    }

    boolean speedMissed = false;
    for (SizeResult s : sizes) {
      Met met = Met.of(s.processRatio() >= SPEED_TARGET);
      speedMissed |= met == Met.NO;
      section.headline(String.format(Locale.ROOT, "decode + evaluate vs Gatling's report, %,d requests (cold process ÷ cold process)", s.requests()),
          "≥ 10× faster", String.format(Locale.ROOT, "%.1f× (slogate %d ms, Gatling %d ms; Gatling ÷ in-JVM decode+evaluate %.1f×); %,.0f records/s",
              s.processRatio(), SizeResult.median(s.slogateWallMillis()), SizeResult.median(s.gatlingWallMillis()), s.inProcessRatio(),
              s.recordsPerSecond()), met);
    }
    Met memoryMet = Met.NOT_JUDGED;
    if (sizes.size() >= 2) {
      SizeResult first = sizes.get(0);
      SizeResult last = sizes.get(sizes.size() - 1);
      // "Does not grow": the live heap of the longest run within 1.5x of the shortest's.
      memoryMet = Met.of(last.retainedHeapBytes() <= 1.5 * first.retainedHeapBytes());
      double perHour = (last.retainedHeapBytes() - first.retainedHeapBytes()) / (double) (last.slices() - first.slices()) * 3600;
      section.headline("evaluator memory vs run length", "does not grow",
          String.format(Locale.ROOT, "retained heap %s (%,d s run) → %s (%,d s run): about %s per hour of run; peak RSS %s → %s",
              mb(first.retainedHeapBytes()), first.slices(), mb(last.retainedHeapBytes()), last.slices(), mb((long) perHour),
              kb(first.slogateRssKilobytes()), kb(last.slogateRssKilobytes())), memoryMet);
    }
    if (speedMissed || memoryMet == Met.NO) {
      section.paragraph(closingNote(speedMissed, memoryMet == Met.NO, sizes, jmh));
    }
  }

  private static String closingNote(boolean speed, boolean memory, List<SizeResult> sizes, JmhFigures jmh) {
    StringBuilder note = new StringBuilder("**Targets missed, why, and what would reach them.**\n\n");
    if (speed) {
      SizeResult first = sizes.get(0);
      SizeResult last = sizes.get(sizes.size() - 1);
      long lastDecode = SizeResult.median(last.decodeMillis());
      long lastEvaluate = SizeResult.median(last.evaluateMillis());
      long lastWall = SizeResult.median(last.slogateWallMillis());
      note.append(String.format(Locale.ROOT, """
          - *Speed.* Where a cold slogate process spends its time, at %,d requests: decode %,d ms, evaluate %,d ms,
            and %,d ms more for JVM start, class loading and exit; at %,d requests the JVM's start and JIT warm-up
            dominate (cold decode + evaluate %,d ms%s). Decoding costs per request (a TreeMap lookup of the
            request name per record, recording into packed auto-resizing histograms); evaluating adds every
            per-second histogram of a phase (O(seconds × buckets)), so it grows with the run's length. Gatling's
            report costs about two passes over the log plus its JVM start. What would reach 10×: record into
            plain histograms for the current second and pack a slice when it closes; cache the name → series
            lookup per slice; keep running per-phase aggregates while reading when the plan is known, so that
            evaluation is O(phases) rather than O(seconds); and start the command-line tool from an AppCDS
            archive to cut the cold start.
          """, last.requests(), lastDecode, lastEvaluate, Math.max(0, lastWall - lastDecode - lastEvaluate), first.requests(),
          first.decodeAndEvaluateMillis(), jmh == null ? "" : String.format(Locale.ROOT, ", against %.0f ms warm in JMH on the %,d-request log",
              jmh.decodeAndEvaluateMillis(), jmh.requests())));
    }
    if (memory) {
      note.append("""
          - *Memory.* The RunRecord keeps a histogram per request name and group per second of run (that is what
            lets records merge exactly across injectors and be judged again later), so its size grows with the
            run's length in seconds, though not with the number of requests in a second. What would reach the
            target: a streaming evaluation that folds each second into per-phase aggregates as the log is read and
            keeps per second only the counts the load check and the error-frequency objectives need (a few
            longs), with the full per-second record written to disk rather than held in memory.
          """);
    }
    return note.toString();
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

  private static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 15), lines.length));
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1_048_576.0);
  }

  private static String kb(OptionalLong kilobytes) {
    return kilobytes.isPresent() ? String.format(Locale.ROOT, "%,.0f MB", kilobytes.getAsLong() / 1024.0) : "n/a (no /usr/bin/time)";
  }
}
