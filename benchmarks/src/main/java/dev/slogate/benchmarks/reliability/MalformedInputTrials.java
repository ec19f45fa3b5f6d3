package dev.slogate.benchmarks.reliability;

import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import dev.slogate.benchmarks.reliability.BrokenLogs.BrokenLog;
import dev.slogate.chaos.spec.ExperimentSpecParser;
import dev.slogate.chaos.spec.SpecException;
import dev.slogate.reports.cli.SlogateCli;
import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.profile.ProfileLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The malformed-input part of the reliability trials (issue 15): every malformed SLO file, experiment file, Gatling
 * log and stack profile of the corpora is handed to slogate as a user would hand it, and each outcome is counted:
 * a clear one-line error, a file wrongly accepted, a stack trace, a hang, and for damaged logs a wrong PASS.
 *
 * <p>SLO files and logs go through the real command line in this JVM ({@code slogate evaluate}), experiments and
 * profiles through the readers the runs use. Each attempt runs on a worker thread with a time bound, and the bytes
 * it allocates are its memory bound.
 *
 * <p>Run from the project root: {@code benchmarks/reliability/run.sh}.
 */
public final class MalformedInputTrials {

  static final Duration TIME_BOUND = Duration.ofSeconds(30);

  private static final String PERMISSIVE_SLO = """
      system: trials
      version: "1"
      objectives:
        - name: median-under-a-minute
          kind: latency
          percentile: 50
          threshold: 60s
      """;

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "trial");
    t.setDaemon(true);
    return t;
  });
  private final List<Trial> trials = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("malformed-inputs");
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    // Made first, so that the section's time and load average are the trials' own.
    Section section = new Section("malformed-inputs", "Reliability trials: malformed inputs", options);
    MalformedInputTrials trials = new MalformedInputTrials();
    CliResult control = trials.run(root, options.work());
    trials.report(section, options, control);
  }

  /** Tries every input of the corpora under {@code root}; the trials are then in {@link #trials()}. */
  CliResult run(Path root, Path work) throws Exception {
    Path permissiveSlo = Files.writeString(work.resolve("permissive-slo.yaml"), PERMISSIVE_SLO);
    Path realLog = root.resolve("slo/src/test/resources/gatling-logs/plain-open/simulation.log");

    // The control: the undamaged log passes the permissive SLO, so a PASS of a damaged copy is a finding.
    CliResult control = evaluate(permissiveSlo, realLog.getParent());
    if (control.exitCode() != 0) {
      throw new IllegalStateException("the control run does not pass (exit " + control.exitCode() + "): " + control.err());
    }

    for (Path file : yamlFiles(root.resolve("slo/src/test/resources/specs/bad"))) {
      trials.add(attempt("SLO file", file.getFileName().toString(), () -> {
        CliResult result = evaluate(file, realLog.getParent());
        return outcomeOfRefusal(result.exitCode(), result.err());
      }));
    }
    for (Path file : yamlFiles(root.resolve("chaos/src/test/resources/dev/slogate/chaos/spec/bad"))) {
      trials.add(attempt("experiment file", file.getFileName().toString(),
          () -> refusedWith(() -> new ExperimentSpecParser().parse(file), SpecException.class)));
    }
    for (Path file : yamlFiles(root.resolve("benchmarks/reliability/corpus/profiles"))) {
      trials.add(attempt("stack profile", file.getFileName().toString(),
          () -> refusedWith(() -> ProfileLoader.fromFile(file), StackConfigException.class)));
    }
    List<BrokenLog> logs = BrokenLogs.write(realLog,
        root.resolve("slo/src/test/resources/gatling-logs/unsupported-3.14.9/simulation.log"), work.resolve("logs"));
    for (BrokenLog log : logs) {
      trials.add(attempt("Gatling log", log.name(), () -> {
        CliResult result = evaluate(permissiveSlo, log.folder());
        return outcomeOfLog(result, log.damage());
      }));
    }
    worker.shutdownNow();
    return control;
  }

  List<Trial> trials() {
    return List.copyOf(trials);
  }

  /** What the attempt printed, and what it was. */
  private record Attempted(Outcome outcome, String message) {}

  /** An attempt and the heap it allocated on the worker thread. */
  private record Measured(Attempted attempted, long allocatedBytes) {}

  record CliResult(int exitCode, String out, String err) {}

  private Trial attempt(String kind, String name, Callable<Attempted> action) throws InterruptedException {
    long started = System.nanoTime();
    Future<Measured> future = worker.submit(() -> {
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long before = threads.getCurrentThreadAllocatedBytes();
      Attempted attempted = action.call();
      return new Measured(attempted, threads.getCurrentThreadAllocatedBytes() - before);
    });
    try {
      Measured done = future.get(TIME_BOUND.toMillis(), TimeUnit.MILLISECONDS);
      return new Trial(kind, name, done.attempted().outcome(), (System.nanoTime() - started) / 1_000_000,
          done.allocatedBytes(), done.attempted().message());
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Trial(kind, name, Outcome.HANG, TIME_BOUND.toMillis(), -1, "no answer within " + TIME_BOUND.toSeconds() + " s");
    } catch (java.util.concurrent.ExecutionException e) {
      return new Trial(kind, name, Outcome.STACK_TRACE, (System.nanoTime() - started) / 1_000_000, -1,
          "escaped the trial: " + e.getCause());
    }
  }

  private static CliResult evaluate(Path slo, Path logFolder) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SlogateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("evaluate", "--slo", slo.toString(), "--gatling-log", logFolder.toString());
    return new CliResult(code, out.toString(), err.toString());
  }

  /** An input that must be refused: exit 65 (or 64) with one line on stderr. */
  private static Attempted outcomeOfRefusal(int exitCode, String err) {
    if (looksLikeAStackTrace(err) || exitCode == 70) {
      return new Attempted(Outcome.STACK_TRACE, firstLine(err));
    }
    if (exitCode == 64 || exitCode == 65) {
      return new Attempted(err.strip().lines().count() == 1 ? Outcome.CLEAR_ERROR : Outcome.STACK_TRACE, firstLine(err));
    }
    return new Attempted(Outcome.ACCEPTED, "exit " + exitCode);
  }

  private static Attempted outcomeOfLog(CliResult result, String damage) {
    if (result.exitCode() == 0) {
      return new Attempted(damage.equals(BrokenLogs.INCOMPLETE) ? Outcome.WRONG_PASS : Outcome.READ_AND_JUDGED,
          "PASS" + (damage.equals(BrokenLogs.INCOMPLETE) ? " on incomplete evidence" : " (plausible records)"));
    }
    if (result.exitCode() == 1 || result.exitCode() == 2) {
      return new Attempted(looksLikeAStackTrace(result.err()) ? Outcome.STACK_TRACE : Outcome.READ_AND_JUDGED,
          "exit " + result.exitCode() + ", not PASS");
    }
    return outcomeOfRefusal(result.exitCode(), result.err());
  }

  private static Attempted refusedWith(Callable<?> read, Class<? extends RuntimeException> userError) {
    try {
      read.call();
      return new Attempted(Outcome.ACCEPTED, "accepted");
    } catch (Exception e) {
      String message = String.valueOf(e.getMessage());
      boolean clear = userError.isInstance(e) && !message.contains("\n") && !message.contains("\r");
      return new Attempted(clear ? Outcome.CLEAR_ERROR : Outcome.STACK_TRACE,
          clear ? message : e.getClass().getName() + ": " + firstLine(message));
    }
  }

  private static boolean looksLikeAStackTrace(String text) {
    return text.contains("\tat ") || text.contains("Exception in thread") || text.contains("Caused by:");
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }

  private static List<Path> yamlFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private void report(Section section, SuiteOptions options, CliResult control) {
    Table counts = new Table("inputs", "trials", "clear one-line errors", "read and judged (not PASS)", "wrongly accepted",
        "wrong PASS", "stack traces", "hangs", "slowest", "most allocated");
    Map<Outcome, Long> all = new EnumMap<>(Outcome.class);
    for (String kind : List.of("SLO file", "experiment file", "stack profile", "Gatling log")) {
      List<Trial> ofKind = trials.stream().filter(t -> t.kind().equals(kind)).toList();
      Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
      ofKind.forEach(t -> byOutcome.merge(t.outcome(), 1L, Long::sum));
      byOutcome.forEach((o, n) -> all.merge(o, n, Long::sum));
      counts.row(kind + "s", ofKind.size(), count(byOutcome, Outcome.CLEAR_ERROR), count(byOutcome, Outcome.READ_AND_JUDGED),
          count(byOutcome, Outcome.ACCEPTED), count(byOutcome, Outcome.WRONG_PASS), count(byOutcome, Outcome.STACK_TRACE),
          count(byOutcome, Outcome.HANG), ofKind.stream().mapToLong(Trial::millis).max().orElse(0) + " ms",
          mebibytes(ofKind.stream().mapToLong(Trial::allocatedBytes).max().orElse(0)));
    }
    Table findings = new Table("input", "outcome", "what slogate said");
    trials.stream().filter(t -> t.outcome() != Outcome.CLEAR_ERROR && t.outcome() != Outcome.READ_AND_JUDGED)
        .forEach(t -> findings.row(t.kind() + " " + t.name(), t.outcome(), t.message()));
    Table examples = new Table("input", "what slogate said");
    trials.stream().filter(t -> t.outcome() == Outcome.CLEAR_ERROR).filter(t -> t.name().hashCode() % 9 == 0).limit(8)
        .forEach(t -> examples.row(t.kind() + " " + t.name(), t.message()));

    long bad = count(all, Outcome.ACCEPTED) + count(all, Outcome.WRONG_PASS) + count(all, Outcome.STACK_TRACE)
        + count(all, Outcome.HANG);
    section
        .paragraph("Every malformed input of the corpora, handed to slogate as a user would: SLO files (`slo/src/test/"
            + "resources/specs/bad`) and broken Gatling logs (made from a real Gatling 3.15.1 log by `BrokenLogs`: cut at "
            + "ten places, emptied, other formats, twelve single-byte flips) through `slogate evaluate`; experiment files "
            + "(`chaos/src/test/resources/dev/slogate/chaos/spec/bad`) and stack profiles (`benchmarks/reliability/corpus/"
            + "profiles`) through the readers a run uses. The control, the undamaged log against the same permissive SLO, "
            + "passes (exit " + control.exitCode() + "), so a PASS of a damaged log would be a wrong PASS. Bounds: "
            + TIME_BOUND.toSeconds() + " s per input (a slower one counts as a hang), and the bytes each attempt "
            + "allocates, shown as the largest per kind.")
        .table(counts)
        .paragraph(bad == 0 ? "No input was wrongly accepted, passed, answered with a stack trace or left hanging."
            : "Findings, to fix:")
        .headline("malformed inputs with a wrong PASS, a stack trace, a hang or wrongly accepted", "0",
            String.valueOf(bad), bad == 0 ? Met.YES : Met.NO);
    if (!findings.isEmpty()) {
      section.table(findings);
    }
    section.paragraph("Examples of the one-line errors:").table(examples).write();
    SuiteRow.write(options.results(), "malformed-inputs", new SuiteRow("malformed inputs", trials.size(),
        count(all, Outcome.CLEAR_ERROR) + " (+ " + count(all, Outcome.READ_AND_JUDGED) + " damaged logs read and judged, "
            + count(all, Outcome.ACCEPTED) + " wrongly accepted)",
        String.valueOf(count(all, Outcome.STACK_TRACE)), String.valueOf(count(all, Outcome.WRONG_PASS)),
        String.valueOf(count(all, Outcome.HANG)), "–", "–"));
  }

  private static long count(Map<Outcome, Long> counts, Outcome outcome) {
    return counts.getOrDefault(outcome, 0L);
  }

  private static String mebibytes(long bytes) {
    return bytes < 0 ? "–" : String.format("%.1f MiB", bytes / 1048576.0);
  }
}
