package dev.slogate.benchmarks.coldstart;

import dev.slogate.benchmarks.capacity.CapacityProbe;
import dev.slogate.benchmarks.capacity.PairedSearch;
import dev.slogate.benchmarks.capacity.Tool;
import dev.slogate.benchmarks.internal.harness.Executables;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.Nginx;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The acceptance trials of issue 14 against a healthy nginx: slogate's SteadyLoad from a cold JVM at 1k, 5k and
 * 10k req/s and 1.5× the injector's measured capacity, N runs per rate, each PASS or INVALID naming an injector
 * cause and never FAIL; plain Gatling's failures in its first 10 s at the same rates; deliberate exhaustion
 * (a low {@code ulimit -n}, one pinned core); and slogate's highest valid rate against plain Gatling's.
 *
 * <p>System properties: {@code bench.coldStart.runs} (runs per rate, default 5; 1 with QUICK=1),
 * {@code bench.coldStart.pairs} (capacity search pairs, default 3; 1 with QUICK=1), {@code bench.coldStart.capacity}
 * (requests/s: skip the search and take this as plain Gatling's capacity), {@code bench.coldStart.exhaustionOnly}
 * (only the exhaustion rows; needs the capacity). See {@code benchmarks/cold-start/run.sh}.
 */
public final class ColdStartBenchmark {

  static final List<Double> FIXED_RATES = List.of(1_000.0, 5_000.0, 10_000.0);
  static final double ABOVE_CAPACITY = 1.5;
  /**
   * Descriptors the Gatling JVM holds at a low rate besides one per jar of its class path: slogate's reserve of 64,
   * the JVM's own files, Gatling's log; measured at 90 (280 open at 200/s with 190 class path entries).
   */
  static final int BASE_OPEN_FILES = 90;
  /** The connections the exhaustion row leaves room for: a cold start at thousands of requests/s opens more. */
  static final int LOW_HEADROOM = 40;
  static final double CAPACITY_UNHARMED = 0.95;

  private ColdStartBenchmark() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("cold-start");
    int runs = Integer.getInteger("bench.coldStart.runs", options.pick(5, 1));
    int pairs = Integer.getInteger("bench.coldStart.pairs", options.pick(3, 1));
    String givenCapacity = System.getProperty("bench.coldStart.capacity", "");
    // Only the deliberate exhaustion rows, e.g. when a long trial left them undone; needs the capacity given.
    boolean exhaustionOnly = Boolean.getBoolean("bench.coldStart.exhaustionOnly");
    if (exhaustionOnly && givenCapacity.isBlank()) {
      throw new IllegalArgumentException("bench.coldStart.exhaustionOnly needs bench.coldStart.capacity");
    }
    ColdRun.Shape trial = options.pick(new ColdRun.Shape(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2)),
        new ColdRun.Shape(Duration.ofSeconds(4), Duration.ofSeconds(6), Duration.ofSeconds(1)));
    // Plain Gatling only has to cover its first 10 s.
    ColdRun.Shape plainShape = new ColdRun.Shape(Duration.ofSeconds(10), Duration.ofSeconds(options.pick(5, 1)),
        Duration.ofSeconds(1));
    CapacityProbe.Shape probe = CapacityProbe.searchShape(options);
    Section section = new Section("cold-start", "6. Cold start and injector health (issue 14)",
        options);
    if (section.skippedWithout(Nginx.binary().isPresent(), "nginx", "nginx", "cold start: FAIL verdicts against a healthy nginx",
        "0")) {
      return;
    }

    List<PairedSearch.Result> searches = new ArrayList<>();
    List<String> pairLoads = new ArrayList<>();
    List<RateTrial> trials = new ArrayList<>();
    List<Exhaustion> exhaustion = new ArrayList<>();
    OptionalDouble capacity;
    try (Nginx nginx = Nginx.start(options.work().resolve("nginx"), false)) {
      if (givenCapacity.isBlank()) {
        for (int pair = 0; pair < pairs; pair++) {
          System.out.printf(Locale.ROOT, "cold-start: capacity search, pair %d of %d%n", pair + 1, pairs);
          searches.add(PairedSearch.run(nginx.url(), options.pick(6_000.0, 4_000.0), options.pick(0.1, 0.25),
              options.pick(6, 3), probe, options.work().resolve("capacity-" + pair)));
          pairLoads.add(Section.loadAverage());
        }
        capacity = capacity(searches);
      } else {
        capacity = OptionalDouble.of(Double.parseDouble(givenCapacity));
      }
      List<String> labels = new ArrayList<>();
      List<Double> rates = new ArrayList<>();
      FIXED_RATES.forEach(r -> {
        labels.add(String.format(Locale.ROOT, "%,.0f/s", r));
        rates.add(r);
      });
      if (capacity.isPresent()) {
        labels.add(String.format(Locale.ROOT, "%.1f × capacity", ABOVE_CAPACITY));
        rates.add(Math.round(ABOVE_CAPACITY * capacity.getAsDouble() / 50) * 50.0);
      }
      for (int i = 0; i < (exhaustionOnly ? 0 : rates.size()); i++) {
        trials.add(trial(nginx.url(), labels.get(i), rates.get(i), runs, trial, plainShape, options.work()));
      }
      double far = capacity.isPresent() ? 2 * capacity.getAsDouble() : 20_000;
      int lowOpenFiles = lowOpenFiles();
      exhaustion.add(Exhaustion.run("`ulimit -n " + lowOpenFiles + "`, 5,000/s", nginx.url(), 5_000, trial,
          GatlingLauncher.underUlimit(lowOpenFiles), "descriptors", options.work().resolve("exhaust-ulimit")));
      if (Executables.onPath("taskset").isPresent()) {
        exhaustion.add(Exhaustion.run(String.format(Locale.ROOT, "`taskset -c 0`, %,.0f/s", far), nginx.url(), far, trial,
            List.of("taskset", "-c", "0"), "lag or CPU", options.work().resolve("exhaust-taskset")));
      } else if ("1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
        throw new IllegalStateException("taskset is not installed (apt-get install -y util-linux) and SLOGATE_REQUIRE_ALL=1");
      } else {
        section.paragraph("The pinned-core row was skipped: **taskset is not installed** (`apt-get install -y util-linux`).");
      }
    }
    ColdStartReport.write(section, new ColdStartReport.Figures(runs, trial, plainShape, probe, capacity, givenCapacity.isBlank(),
        searches, pairLoads, trials, exhaustion));
    section.write();
  }

  /**
   * The injector's capacity on this machine: the higher of the two injectors' highest valid rates, each the median
   * over the pairs. Either shows what Gatling on this machine can drive; plain Gatling's is often the lower, held
   * down by its own cold start (its warm-up does not ramp).
   */
  static OptionalDouble capacity(List<PairedSearch.Result> searches) {
    OptionalDouble plain = Median.of(searches.stream().map(s -> s.highestValid(Tool.PLAIN)).toList());
    OptionalDouble ours = Median.of(searches.stream().map(s -> s.highestValid(Tool.SLOGATE)).toList());
    if (plain.isEmpty() || ours.isEmpty()) {
      return plain.isPresent() ? plain : ours;
    }
    return OptionalDouble.of(Math.max(plain.getAsDouble(), ours.getAsDouble()));
  }

  /**
   * A descriptor limit the Gatling JVM starts and runs under, with room for only {@link #LOW_HEADROOM} connections:
   * one descriptor per class path entry (an open jar), {@link #BASE_OPEN_FILES}, and the headroom.
   */
  static int lowOpenFiles() {
    return GatlingLauncher.withThisClassPath().classPathEntries() + BASE_OPEN_FILES + LOW_HEADROOM;
  }

  private static RateTrial trial(String target, String label, double rate, int runs, ColdRun.Shape shape, ColdRun.Shape plainShape,
      Path work) throws IOException, InterruptedException {
    Path slo = ColdStartSlo.write(work, rate);
    List<ColdRun> slogate = new ArrayList<>();
    List<ColdRun> plain = new ArrayList<>();
    String tag = String.format(Locale.ROOT, "%.0f", rate);
    for (int i = 0; i < runs; i++) {
      System.out.printf(Locale.ROOT, "cold-start: %s (%,.0f/s), run %d of %d: slogate%n", label, rate, i + 1, runs);
      ColdRun ours = ColdRun.slogate(target, rate, shape, slo, List.of(), work.resolve("slogate-" + tag + "-" + i));
      System.out.printf(Locale.ROOT, "cold-start:   %s %s, %d KO in the first %d s; load average %s%n", ours.outcome(),
          ours.cause(), ours.earlyKo(), ColdRun.EARLY_SECONDS, ours.loadAverage());
      slogate.add(ours);
      System.out.printf(Locale.ROOT, "cold-start: %s (%,.0f/s), run %d of %d: plain Gatling%n", label, rate, i + 1, runs);
      ColdRun theirs = ColdRun.plain(target, rate, plainShape, work.resolve("plain-" + tag + "-" + i));
      System.out.printf(Locale.ROOT, "cold-start:   %d KO in the first %d s; load average %s%n", theirs.earlyKo(),
          ColdRun.EARLY_SECONDS, theirs.loadAverage());
      plain.add(theirs);
    }
    return new RateTrial(label, rate, slogate, plain);
  }
}
