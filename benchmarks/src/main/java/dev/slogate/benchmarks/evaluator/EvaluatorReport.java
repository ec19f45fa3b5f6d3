package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.Table;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Item 5's section of RESULTS.md: what was run, the tables, the headline figures, and why a missed target was missed. */
final class EvaluatorReport {

  private final Section section;
  private final Cli cli;
  private final boolean coldEvaluateArchived;
  private final long[] startCost;
  private final List<SizeResult> sizes;
  private final List<String> skipped;
  private final JmhFigures jmh;

  EvaluatorReport(Section section, Cli cli, boolean coldEvaluateArchived, long[] startCost, List<SizeResult> sizes,
      List<String> skipped, JmhFigures jmh) {
    this.section = section;
    this.cli = cli;
    this.coldEvaluateArchived = coldEvaluateArchived;
    this.startCost = startCost;
    this.sizes = sizes;
    this.skipped = skipped;
    this.jmh = jmh;
  }

  void write() {
    section.paragraph(String.format(Locale.ROOT, """
        Synthetic Gatling 3.15 logs (`SyntheticLogGenerator`, as the reader benchmark uses: 5,000 requests/s, four
        requests per user, two in a group, log-normal latencies, 1%% failures), so the run lasts requests ÷ 5,000
        seconds. slogate: the command a user runs, `reports/target/slogate evaluate --slo reference-stack
        --gatling-log <log> --plan plan.json` (warm-up 10 s, steady, cool-down 10 s at the generator's rate), a fresh
        JVM each time, started by the launcher %s; it reads the log straight into the aggregates of the plan's phase
        windows (`WindowedRun`) and judges p50/p95/p99, availability and throughput. Gatling:
        `io.gatling.app.Gatling -ro` in a fresh JVM with gatling-maven-plugin's options (`-Xmx1G`), which parses the
        log and writes its HTML report, on the same file from the page cache. Each round runs the two back to back
        and the ratio is taken per round (the median is shown). `ColdEvaluate` does the command's work again in a
        cold JVM started like the command (serial collector, %s), timing each step, and measures the heap: retained is
        the live heap after a full GC with the run's measurements and the evaluation held; peak is the sum of each heap
        pool's peak (garbage included).
        """, cli.archived() ? "from its class-data-sharing archive (`slogate-cli.jsa`, made by the build)"
            : "**without** a class-data-sharing archive (the build could not make one)",
        coldEvaluateArchived ? "a class-data-sharing archive of its own class path made the same way"
            : "**no** class-data-sharing archive: this JDK could not make one"));
    section.paragraph(String.format(Locale.ROOT, "What any run of the tool costs before it reads anything (`slogate --version`, "
        + "cold, %d times): median %d ms (%s ms).", startCost.length, SizeResult.median(startCost), SizeResult.list(startCost)));
    section.table(speedTable());
    section.paragraph("Where a cold evaluation spends its time (`ColdEvaluate`, median of the rounds; the full RunRecord, "
        + "as `evaluate` read logs before, once, for contrast):");
    section.table(partsTable());
    section.paragraph("What the evaluation holds:");
    section.table(memoryTable());
    skipped.forEach(s -> section.paragraph("**Skipped:** " + s + "."));
    if (jmh != null) {
      section.paragraph("JMH, warm (`EvaluatorBenchmark`, one fork, `-Xmx1g`), on the " + String.format(Locale.ROOT, "%,d", jmh.requests())
          + "-request log: `decodeAndEvaluate` is the command's path, `decodeAndEvaluateFullRecord` the full RunRecord's, "
          + "`evaluate` judges a WindowedRun read once.");
      section.table(jmh.table());
    }
    boolean speedMissed = headlines();
    Met memory = memoryHeadline();
    if (speedMissed || memory == Met.NO) {
      section.paragraph(closingNote(speedMissed, memory == Met.NO));
    }
  }

  private Table speedTable() {
    Table table = new Table("requests", "run length", "log", "records", "`slogate evaluate`, cold process",
        "Gatling `-ro`, cold process", "ratio (median of rounds)", "records/s, whole command", "peak RSS slogate / Gatling",
        "rounds (ms, slogate; Gatling)", "verdict");
    for (SizeResult s : sizes) {
      table.row(count(s.requests()), String.format(Locale.ROOT, "%,d s", s.seconds()), mb(s.bytes()), count(s.records()),
          s.cliMillis() + " ms", s.gatlingMillis() + " ms", String.format(Locale.ROOT, "**%.1f×**", s.processRatio()),
          count(Math.round(s.recordsPerSecondWholeCommand())),
          kb(s.cliRssKilobytes()) + " / " + kb(s.gatlingRssKilobytes()),
          SizeResult.list(s.cliWallMillis()) + "; " + SizeResult.list(s.gatlingWallMillis()),
          s.cliVerdict().replace("---- slogate verdict: ", "").replace(" ----", ""));
    }
    return table;
  }

  private Table partsTable() {
    Table table = new Table("requests", "JVM start", "SLO catalog", "plan", "decode", "evaluate", "decode + evaluate",
        "records/s (decode + evaluate)", "full RunRecord: decode", "evaluate", "records/s");
    for (SizeResult s : sizes) {
      ColdFigures full = s.fullRecord();
      table.row(count(s.requests()), s.windowedMedian(ColdFigures::jvmStartMillis) + " ms",
          s.windowedMedian(ColdFigures::specMillis) + " ms", s.windowedMedian(ColdFigures::planMillis) + " ms",
          s.windowedMedian(ColdFigures::decodeMillis) + " ms", s.windowedMedian(ColdFigures::evaluateMillis) + " ms",
          s.windowedMedian(ColdFigures::decodeAndEvaluateMillis) + " ms", count(Math.round(s.recordsPerSecondDecodeAndEvaluate())),
          full.decodeMillis() + " ms", full.evaluateMillis() + " ms",
          count(Math.round(s.records() * 1000.0 / full.decodeAndEvaluateMillis())));
    }
    return table;
  }

  private Table memoryTable() {
    Table table = new Table("requests", "run length", "WindowedRun: retained heap", "histograms held", "per-second counters",
        "peak heap", "full RunRecord: retained heap", "peak heap");
    for (SizeResult s : sizes) {
      ColdFigures w = s.lastWindowed();
      ColdFigures full = s.fullRecord();
      table.row(count(s.requests()), String.format(Locale.ROOT, "%,d s", s.seconds()), mb(w.retainedHeapBytes()),
          w.histograms().isPresent() ? count(w.histograms().getAsLong()) : "–",
          w.secondCounters().isPresent() ? count(w.secondCounters().getAsLong()) : "–", mb(w.peakHeapBytes()),
          mb(full.retainedHeapBytes()), mb(full.peakHeapBytes()));
    }
    return table;
  }

  /** The speed rows of the summary; true when a size missed the target. */
  private boolean headlines() {
    boolean missed = false;
    for (SizeResult s : sizes) {
      Met met = Met.of(s.processRatio() >= EvaluatorSpeedBenchmark.SPEED_TARGET);
      missed |= met == Met.NO;
      section.headline(String.format(Locale.ROOT,
              "decode + evaluate vs Gatling's report, %,d requests (`slogate evaluate` cold process ÷ Gatling `-ro` cold process)", s.requests()),
          "≥ 10× faster", String.format(Locale.ROOT, "%.1f× (slogate %d ms, Gatling %d ms); %,.0f records/s through the whole command, %,.0f through decode + evaluate",
              s.processRatio(), s.cliMillis(), s.gatlingMillis(), s.recordsPerSecondWholeCommand(), s.recordsPerSecondDecodeAndEvaluate()), met);
    }
    return missed;
  }

  private Met memoryHeadline() {
    if (sizes.size() < 2) {
      return Met.NOT_JUDGED;
    }
    SizeResult first = sizes.get(0);
    SizeResult last = sizes.get(sizes.size() - 1);
    double growth = last.lastWindowed().retainedHeapBytes() / (double) first.lastWindowed().retainedHeapBytes();
    // "Does not grow": the live heap of the longest run within 1.5x of the shortest's.
    Met met = Met.of(growth <= EvaluatorSpeedBenchmark.MEMORY_GROWTH_LIMIT);
    section.headline("evaluator memory vs run length (retained heap, shortest vs longest run)", "does not grow (within 1.5×)",
        String.format(Locale.ROOT, "%s (%,d s run) → %s (%,d s run): %.2f×; histograms %s → %s; the full RunRecord, for contrast: %s → %s",
            mb(first.lastWindowed().retainedHeapBytes()), first.seconds(), mb(last.lastWindowed().retainedHeapBytes()), last.seconds(),
            growth, optional(first.lastWindowed().histograms()), optional(last.lastWindowed().histograms()),
            mb(first.fullRecord().retainedHeapBytes()), mb(last.fullRecord().retainedHeapBytes())), met);
    return met;
  }

  private String closingNote(boolean speed, boolean memory) {
    StringBuilder note = new StringBuilder("**Targets missed, why, and what would reach them.**\n\n");
    if (speed) {
      SizeResult worst = sizes.stream().min(java.util.Comparator.comparingDouble(SizeResult::processRatio)).orElseThrow();
      long start = SizeResult.median(startCost);
      long budget = Math.round(worst.gatlingMillis() / EvaluatorSpeedBenchmark.SPEED_TARGET);
      note.append(String.format(Locale.ROOT, """
          - *Speed.* The ratio is worst on the shortest log: at %,d requests Gatling's report takes %,d ms, so 10× leaves
            slogate %,d ms for the whole process, and `slogate --version` alone (JVM start, classes mapped from the
            archive, picocli building its command model by reflection) takes %,d ms of it. Taken apart in a cold JVM
            started the same way, the rest is loading the SLO catalog (%,d ms, YAML) and the plan (%,d ms, JSON),
            decoding (%,d ms, against %s warm) and evaluating (%,d ms, against %s warm; most of it the exact
            order-statistic and beta/gamma bounds of the `stats` package, interpreted until the JIT has compiled them).
            At this size a cold JVM spends nearly all its time loading, interpreting and compiling code, not working:
            warm, the same decode + evaluate takes %s. Reading less data cannot help here, only starting warm: a process
            image with the code already compiled and the catalog already parsed (GraalVM native-image, or CRaC on a
            JDK that has it), or JDK 24's ahead-of-time class loading and linking (JEP 483) and method profiles (JEP 515)
            once the project moves past Java 17.%s
          """, worst.requests(), worst.gatlingMillis(), budget, start, worst.windowedMedian(ColdFigures::specMillis),
          worst.windowedMedian(ColdFigures::planMillis), worst.windowedMedian(ColdFigures::decodeMillis),
          jmh == null ? "n/a" : String.format(Locale.ROOT, "%.0f ms", jmh.decodeAndEvaluateMillis() - jmh.evaluateMillis()),
          worst.windowedMedian(ColdFigures::evaluateMillis),
          jmh == null ? "n/a" : String.format(Locale.ROOT, "%.0f ms", jmh.evaluateMillis()),
          jmh == null ? "n/a" : String.format(Locale.ROOT, "%.0f ms in JMH on the %,d-request log", jmh.decodeAndEvaluateMillis(), jmh.requests()),
          metFrom()));
    }
    if (memory) {
      note.append("""
          - *Memory.* The retained heap of the windowed evaluation grew more than 1.5× from the shortest to the longest
            run; its histograms do not grow with the run's length (see the table), so the growth is in what it keeps
            per second (a counter of requests, and one of failures per failing series) or outside the run's
            measurements.
          """);
    }
    return note.toString();
  }

  /** " Met from N requests on, ..." when the larger logs meet the target, where the work outweighs the start. */
  private String metFrom() {
    List<SizeResult> met = sizes.stream().filter(s -> s.processRatio() >= EvaluatorSpeedBenchmark.SPEED_TARGET).toList();
    if (met.isEmpty()) {
      return "";
    }
    return String.format(Locale.ROOT, " The target is met at %s requests, where the work outweighs the start.",
        String.join(" and ", met.stream().map(s -> count(s.requests())).toList()));
  }

  private static String optional(OptionalLong value) {
    return value.isPresent() ? count(value.getAsLong()) : "n/a";
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1_048_576.0);
  }

  private static String kb(OptionalLong kilobytes) {
    return kilobytes.isPresent() ? String.format(Locale.ROOT, "%,.0f MB", kilobytes.getAsLong() / 1024.0) : "n/a (no /usr/bin/time)";
  }
}
