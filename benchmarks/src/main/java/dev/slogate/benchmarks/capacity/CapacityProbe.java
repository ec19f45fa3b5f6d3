package dev.slogate.benchmarks.capacity;

import dev.slogate.config.Options;
import dev.slogate.benchmarks.internal.harness.CpuTimeline;
import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.JudgedRun;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.reports.words.Words;
import dev.slogate.simulations.SteadyLoad;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.record.WindowStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * One run of one injector at one rate against nginx, and whether it was a valid run: slogate's load check of
 * the steady phase passes (arrivals within 5% of the plan), no request failed, and the steady p99 stays
 * under {@link #SATURATION_P99_MILLIS} (nginx answers in well under a millisecond, so a p99 above that is
 * a queue in the injector, or in a machine it has saturated).
 *
 * @param tool which injector
 * @param rate planned users (= requests) per second
 * @param achievedRate arrivals per second in the steady phase
 * @param load slogate's load check
 * @param ko failed requests in the steady phase
 * @param p99Millis steady-phase p99, ms
 * @param valid all three conditions hold
 * @param reason why not, or "valid"
 * @param commonestFailure the most frequent failure message of the steady phase, or "" when none failed
 * @param cpuMicrosPerRequest CPU time (user + system, all threads) the Gatling JVM used in the steady phase's
 *     judged seconds, per request sent in them; NaN when it could not be measured
 */
public record CapacityProbe(Tool tool, double rate, double achievedRate, PhaseValidity.LoadStatus load, long ko, long p99Millis,
    boolean valid, String reason, String commonestFailure, double cpuMicrosPerRequest) {

  /** How often the Gatling JVM's CPU time is read: a tenth of a second is 1% of a ten-second steady phase. */
  static final long CPU_SAMPLE_MILLIS = 100;

  /**
   * What the operating system says when a process has used up its file descriptors, as the results table words it;
   * whether a failure is that is asked of slo's one table ({@code KoMessageClassifier}).
   */
  static final String OUT_OF_DESCRIPTORS = "Too many open files";

  static final long SATURATION_P99_MILLIS = 50;
  static final String PATH = "/api/items";

  /** The phases of every probe. */
  public record Shape(Duration warmUp, Duration steady, Duration coolDown) {}

  /** The phases of a capacity search's probes: warm-up 5 s, steady 10 s (3 and 5 in a smoke run), cool-down 1 s. */
  public static Shape searchShape(SuiteOptions options) {
    return options.pick(new Shape(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1)),
        new Shape(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(1)));
  }

  public static CapacityProbe run(Tool tool, String target, double rate, Shape shape, boolean shareConnections, Path work)
      throws IOException, InterruptedException {
    Folders.fresh(work);
    Duration limit = shape.warmUp().plus(shape.steady()).plus(shape.coolDown()).plusMinutes(3);
    GatlingLauncher launcher = tool == Tool.SLOGATE
        ? GatlingLauncher.withThisClassPath()
            .withProperty(Options.TARGET_URL.key(), target)
            .withProperty(Options.RATE.key(), Double.toString(rate))
            .withProperty(Options.WARM_UP.key(), shape.warmUp().toMillis() + "ms")
            .withProperty(Options.DURATION.key(), shape.steady().toMillis() + "ms")
            .withProperty(Options.COOL_DOWN.key(), shape.coolDown().toMillis() + "ms")
            .withProperty(Options.REQUESTS.key(), "GET " + PATH)
        : GatlingLauncher.withThisClassPath()
            .withProperty("bench.target", target)
            .withProperty("bench.path", PATH)
            .withProperty("bench.rate", Double.toString(rate))
            .withProperty("bench.warmup", Long.toString(shape.warmUp().toMillis()))
            .withProperty("bench.duration", Long.toString(shape.steady().toMillis()))
            .withProperty("bench.cooldown", Long.toString(shape.coolDown().toMillis()))
            .withProperty("bench.shareConnections", Boolean.toString(shareConnections));
    String simulation = tool == Tool.SLOGATE ? SteadyLoad.class.getName() : PlainSteadyLoad.class.getName();
    GatlingLauncher.Running running = launcher.withTimeout(limit).start(simulation, work);
    CpuTimeline cpu = CpuTimeline.sample(running.pid(), CPU_SAMPLE_MILLIS);
    GatlingLauncher.Finished finished;
    try {
      finished = running.await();
    } finally {
      cpu.close(); // samples end with the process; its pid could be someone else's next
    }
    JudgedRun run;
    if (tool == Tool.SLOGATE) {
      // slogate's gate sets the exit status, so a FAIL still leaves a run to judge; no record means none.
      if (!Files.isRegularFile(finished.slogateRun().resolve(RunRecordIO.FILE_NAME))) {
        return failed(tool, rate, "no run record (exit " + finished.exitCode() + ", console " + finished.console() + ")");
      }
      run = JudgedRun.ofSlogateRun(finished.slogateRun());
    } else {
      if (finished.exitCode() != 0) {
        return failed(tool, rate, "Gatling exited with " + finished.exitCode() + " (console " + finished.console() + ")");
      }
      run = JudgedRun.ofGatlingLog(finished.runFolder(), JudgedRun.steadyPlan(simulation, target, rate, shape.warmUp(),
          shape.steady(), shape.coolDown()));
    }
    return judge(tool, rate, run, cpu);
  }

  private static CapacityProbe judge(Tool tool, double rate, JudgedRun run, CpuTimeline cpu) {
    PhaseValidity validity = run.steadyValidity();
    WindowStats steady = run.stats(JudgedRun.STEADY);
    Histogram all = steady.overall().all();
    long p99 = all.getTotalCount() == 0 ? -1 : all.getValueAtPercentile(99);
    long ko = steady.overall().koCount();
    String reason;
    if (validity.status() != PhaseValidity.LoadStatus.VALID) {
      reason = Words.load(validity);
    } else if (ko > 0) {
      reason = String.format(Locale.ROOT, "%,d failed requests", ko);
    } else if (p99 > SATURATION_P99_MILLIS) {
      reason = "p99 " + p99 + " ms > " + SATURATION_P99_MILLIS + " ms: a queue in the injector";
    } else {
      reason = "valid";
    }
    String commonest = steady.koMessages().entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse("");
    return new CapacityProbe(tool, rate, run.achievedRate(JudgedRun.STEADY), validity.status(), ko, p99,
        reason.equals("valid"), reason, shorten(commonest), cpuMicrosPerRequest(run, cpu, steady.overall().count()));
  }

  /** The CPU the injector spent per request in the steady phase's judged seconds. */
  static double cpuMicrosPerRequest(JudgedRun run, CpuTimeline cpu, long requests) {
    PhaseWindow steady = run.window(JudgedRun.STEADY);
    OptionalDouble cpuMillis = cpu.cpuMillisBetween(steady.fromEpochSecond() * 1000, steady.toEpochSecondExclusive() * 1000);
    return cpuMillis.isEmpty() || requests == 0 ? Double.NaN : cpuMillis.getAsDouble() * 1000 / requests;
  }

  /** A failure message's end says what failed ("... Too many open files"); its start is an exception's name. */
  static String shorten(String message) {
    return message.length() <= 90 ? message : "…" + message.substring(message.length() - 89);
  }

  private static CapacityProbe failed(Tool tool, double rate, String reason) {
    return new CapacityProbe(tool, rate, 0, PhaseValidity.LoadStatus.INVALID, 0, -1, false, reason, "", Double.NaN);
  }
}
