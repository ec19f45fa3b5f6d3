package dev.slogate.benchmarks.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.benchmarks.capacity.PlainSteadyLoad;
import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.JudgedRun;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.config.Options;
import dev.slogate.simulations.SteadyLoad;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One run from a cold JVM against nginx, and what came of it: slogate's SteadyLoad judged by slogate's gate
 * (its {@code verdict.json}), or plain Gatling's {@link PlainSteadyLoad}, which has no verdict; for both, the
 * requests that failed in the first seconds after the first arrival, the window where a cold JVM collapses.
 *
 * @param outcome PASS, INVALID or FAIL; OTHER for INCONCLUSIVE, a plain run, or a run without a verdict
 * @param cause for INVALID the injector cause its reasons name ({@link #causeOf}); otherwise what happened
 * @param earlyKo failed requests in the first {@link #EARLY_SECONDS} s after the first arrival; -1 without a log
 * @param loadAverage the machine's load averages (1, 5, 15 min) when the run ended: the 1-minute figure mostly
 *     covers the run itself, and shows how much else the shared machine ran beside it (the run's own JVM and
 *     nginx add about 2)
 * @param folder the run's folder, for a reader who wants the console and the reports
 */
public record ColdRun(Outcome outcome, String cause, long earlyKo, String loadAverage, Path folder) {

  /** The window of the comparison with plain Gatling: its first 10 s. */
  public static final int EARLY_SECONDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a run came to. */
  public enum Outcome { PASS, INVALID, FAIL, OTHER }

  /** The phases of a run. */
  public record Shape(Duration warmUp, Duration steady, Duration coolDown) {
    Duration total() {
      return warmUp.plus(steady).plus(coolDown);
    }
  }

  /** slogate's SteadyLoad at {@code rate}, {@code GET /}, judged on {@code slo}, started through {@code launchPrefix}. */
  public static ColdRun slogate(String target, double rate, Shape shape, Path slo, List<String> launchPrefix, Path work)
      throws IOException, InterruptedException {
    Folders.fresh(work);
    GatlingLauncher.Finished finished = GatlingLauncher.withThisClassPath()
        .withProperty(Options.TARGET_URL.key(), target)
        .withProperty(Options.RATE.key(), Double.toString(rate))
        .withProperty(Options.WARM_UP.key(), shape.warmUp().toMillis() + "ms")
        .withProperty(Options.DURATION.key(), shape.steady().toMillis() + "ms")
        .withProperty(Options.COOL_DOWN.key(), shape.coolDown().toMillis() + "ms")
        .withProperty(Options.REQUESTS.key(), "GET /")
        .withProperty(Options.SLO.key(), slo.toAbsolutePath().toString())
        .withLaunchPrefix(launchPrefix)
        .withTimeout(shape.total().plusMinutes(3))
        .run(SteadyLoad.class.getName(), work);
    String load = Section.loadAverage();
    Path verdictFile = finished.slogateRun().resolve("verdict.json");
    if (!Files.isRegularFile(verdictFile)) {
      return new ColdRun(Outcome.OTHER, "no verdict (exit " + finished.exitCode() + ")", -1, load, work);
    }
    JsonNode verdict = JSON.readTree(verdictFile.toFile());
    long earlyKo = Files.isRegularFile(finished.slogateRun().resolve(RunRecordIO.FILE_NAME))
        ? earlyKo(JudgedRun.ofSlogateRun(finished.slogateRun())) : -1;
    String text = verdict.path("verdict").asText();
    return switch (text) {
      case "PASS" -> new ColdRun(Outcome.PASS, "", earlyKo, load, work);
      case "INVALID" -> new ColdRun(Outcome.INVALID, causeOf(reasons(verdict, "INVALID")), earlyKo, load, work);
      case "FAIL" -> new ColdRun(Outcome.FAIL, String.join("; ", reasons(verdict, "FAIL")), earlyKo, load, work);
      default -> new ColdRun(Outcome.OTHER, text, earlyKo, load, work);
    };
  }

  /** Plain Gatling at {@code rate}, its warm-up constant, as a plain user writes it. */
  public static ColdRun plain(String target, double rate, Shape shape, Path work) throws IOException, InterruptedException {
    Folders.fresh(work);
    GatlingLauncher.Finished finished = GatlingLauncher.withThisClassPath()
        .withProperty("bench.target", target)
        .withProperty("bench.path", "/")
        .withProperty("bench.rate", Double.toString(rate))
        .withProperty("bench.warmup", Long.toString(shape.warmUp().toMillis()))
        .withProperty("bench.duration", Long.toString(shape.steady().toMillis()))
        .withProperty("bench.cooldown", Long.toString(shape.coolDown().toMillis()))
        .withTimeout(shape.total().plusMinutes(3))
        .run(PlainSteadyLoad.class.getName(), work);
    String load = Section.loadAverage();
    if (finished.exitCode() != 0) {
      return new ColdRun(Outcome.OTHER, "Gatling exited with " + finished.exitCode(), -1, load, work);
    }
    JudgedRun run = JudgedRun.ofGatlingLog(finished.runFolder(), JudgedRun.steadyPlan(PlainSteadyLoad.class.getName(),
        target, rate, shape.warmUp(), shape.steady(), shape.coolDown()));
    return new ColdRun(Outcome.OTHER, "plain Gatling", earlyKo(run), load, work);
  }

  /** Failed requests from the second of the first arrival (the plan is moved to it) for {@link #EARLY_SECONDS}. */
  static long earlyKo(JudgedRun run) {
    long first = Math.floorDiv(run.record().metadata().epochStartMillis() + run.plan().injectionDelayMillis(), 1000);
    return run.record().window(first, first + EARLY_SECONDS).overall().koCount();
  }

  /** The distinct reasons of the objectives with this verdict, in order. */
  static List<String> reasons(JsonNode verdict, String which) {
    Set<String> reasons = new LinkedHashSet<>();
    verdict.path("objectives").forEach(o -> {
      if (which.equals(o.path("verdict").asText())) {
        reasons.add(o.path("reason").asText());
      }
    });
    return List.copyOf(reasons);
  }

  /**
   * The injector cause INVALID reasons name, as a short label: descriptors, ephemeral ports, lag, CPU, hiccup,
   * rate (arrivals off the plan), or the first reason itself when it names none of these.
   */
  static String causeOf(List<String> reasons) {
    String all = String.join(" ", reasons);
    Set<String> named = new LinkedHashSet<>();
    CAUSES.forEach((label, pattern) -> {
      if (pattern.matcher(all).find()) {
        named.add(label);
      }
    });
    if (!named.isEmpty()) {
      return String.join("+", named);
    }
    return reasons.isEmpty() ? "no reason given" : reasons.get(0);
  }

  /** The injector causes a reason can name, and the words that name them. */
  private static final Map<String, Pattern> CAUSES = causes();

  private static Map<String, Pattern> causes() {
    Map<String, Pattern> causes = new LinkedHashMap<>();
    causes.put("descriptors", Pattern.compile("(?i)\\bdescriptors\\b"));
    causes.put("ports", Pattern.compile("(?i)\\bephemeral ports\\b"));
    causes.put("lag", Pattern.compile("(?i)\\blag\\b"));
    causes.put("CPU", Pattern.compile("\\bCPU\\b"));
    causes.put("hiccup", Pattern.compile("(?i)\\bhiccups?\\b"));
    causes.put("rate", Pattern.compile("(?i)\\bplanned rate\\b"));
    return causes;
  }
}
