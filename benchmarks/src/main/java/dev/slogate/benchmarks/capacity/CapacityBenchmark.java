package dev.slogate.benchmarks.capacity;

import dev.slogate.slo.eval.KoMessageClassifier;
import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Nginx;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Item 3 of the benchmark suite: the highest rate at which slogate's SteadyLoad still makes a valid run
 * against nginx on this machine, next to the highest rate plain Gatling sustains with the same scenario,
 * and their ratio: slogate's overhead. The two searches are interleaved, probe by probe, so that both see
 * the same machine at nearly the same moments; a ratio is what survives a shared, noisy machine.
 *
 * <p>See {@code benchmarks/capacity/run.sh}.
 */
public final class CapacityBenchmark {

  static final double OVERHEAD_TARGET = 0.05;
  static final int MAX_RATES = 9;
  /** Pairs of runs for the CPU per request comparison. */
  static final int COST_ROUNDS = 3;

  private CapacityBenchmark() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("capacity");
    CapacityProbe.Shape shape = CapacityProbe.searchShape(options);
    double start = options.pick(6_000.0, 2_000.0);
    double resolution = options.pick(0.04, 0.25);
    int maxProbes = options.pick(MAX_RATES, 3);
    int costRounds = options.pick(COST_ROUNDS, 1);
    // Longer than a search probe: the JIT compiler's threads are still busy in a JVM's first seconds of load,
    // and their CPU would blur a comparison of what each request costs.
    CapacityProbe.Shape costShape = options.pick(
        new CapacityProbe.Shape(Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(1)),
        new CapacityProbe.Shape(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1)));
    Section section = new Section("capacity", "3. Injector capacity: slogate vs plain Gatling against nginx", options);
    if (section.skippedWithout(Nginx.binary().isPresent(), "nginx", "nginx", "harness overhead", "≤ 5%")) {
      return;
    }

    Map<Tool, CapacitySearch> searches;
    List<PairedSearch.ProbeRow> probes;
    CapacityProbe unshared = null;
    CpuCost cost = null;
    try (Nginx nginx = Nginx.start(options.work().resolve("nginx"), false)) {
      PairedSearch.Result search = PairedSearch.run(nginx.url(), start, resolution, maxProbes, shape, options.work());
      searches = search.searches();
      probes = search.probes();
      OptionalDouble plainMax = searches.get(Tool.PLAIN).highestValid();
      if (plainMax.isPresent()) {
        System.out.println("capacity: plain Gatling without shared connections");
        unshared = CapacityProbe.run(Tool.PLAIN, nginx.url(), plainMax.getAsDouble(), shape, false,
            options.work().resolve("plain-unshared"));
      }
      OptionalDouble slogateMax = searches.get(Tool.SLOGATE).highestValid();
      if (plainMax.isPresent() && slogateMax.isPresent()) {
        cost = compareCpu(nginx, CpuCost.rateFor(slogateMax.getAsDouble(), plainMax.getAsDouble()), costRounds, costShape,
            options);
      }
    }
    report(section, searches, probes, unshared, shape, resolution);
    CpuCostReport.write(section, cost, costShape, OVERHEAD_TARGET);
    section.write();
  }

  /** Rounds of one run of each injector at {@code rate}, the order alternating, for CPU per request. */
  private static CpuCost compareCpu(Nginx nginx, double rate, int rounds, CapacityProbe.Shape shape, SuiteOptions options)
      throws java.io.IOException, InterruptedException {
    List<CpuCost.Round> done = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Map<Tool, CapacityProbe> pair = new EnumMap<>(Tool.class);
      List<Tool> order = round % 2 == 0 ? List.of(Tool.PLAIN, Tool.SLOGATE) : List.of(Tool.SLOGATE, Tool.PLAIN);
      for (Tool tool : order) {
        System.out.printf(Locale.ROOT, "capacity: CPU per request, round %d of %d: %s at %,.0f/s%n", round + 1, rounds, tool, rate);
        CapacityProbe probe = CapacityProbe.run(tool, nginx.url(), rate, shape, true, options.work().resolve(
            String.format(Locale.ROOT, "cpu-%d-%s", round, tool.name().toLowerCase(Locale.ROOT))));
        System.out.printf(Locale.ROOT, "capacity:   %s, %.1f µs of CPU per request%n", probe.reason(), probe.cpuMicrosPerRequest());
        pair.put(tool, probe);
      }
      done.add(new CpuCost.Round(pair.get(Tool.SLOGATE), pair.get(Tool.PLAIN)));
    }
    return new CpuCost(rate, done);
  }

  private static void report(Section section, Map<Tool, CapacitySearch> searches, List<PairedSearch.ProbeRow> probes,
      CapacityProbe unshared, CapacityProbe.Shape shape, double resolution) {
    section.paragraph("""
        nginx (one worker, `return 200`, no access log) on loopback; each probe is a fresh Gatling JVM (1 GB heap,
        gatling-maven-plugin's JVM flags) running warm-up %d s, steady %d s, cool-down %d s at one rate. slogate's
        SteadyLoad and the plain Gatling simulation (`PlainSteadyLoad`: the same steady and cool-down steps,
        `shareConnections()`, `disableWarmUp()`, headers and request, and nothing else; its warm-up is constant,
        as a plain user writes it, where slogate's ramps from a tenth of the rate) are searched in
        turns: each climbs ×1.5 from the start rate until a rate fails, then bisects until its bracket is within
        %.0f%% (at most %d rates each). A probe that fails is run once more at once, and the rate counts as failed
        only if the retry fails too: a neighbour's build can spoil one short run, rarely two in a row, while
        real saturation repeats. A probe is valid when slogate's load check of the steady phase passes (achieved arrivals within
        5%% of the plan; the plain run's log is read and judged by the same code with the same plan, moved to its
        first arrival as slogate moves its own), no request
        fails, and the steady p99 is at most %d ms (nginx answers in well under 1 ms: more is a queue in the
        injector). Injector, nginx and everyone else's work share the machine's cores.
        """.formatted(shape.warmUp().toSeconds(), shape.steady().toSeconds(), shape.coolDown().toSeconds(),
        resolution * 100, MAX_RATES, CapacityProbe.SATURATION_P99_MILLIS));

    Table table = new Table("#", "injector", "planned rate", "achieved (steady)", "load check", "KO", "commonest failure",
        "steady p99", "CPU per request", "valid?");
    for (int i = 0; i < probes.size(); i++) {
      CapacityProbe p = probes.get(i).probe();
      table.row((i + 1) + (probes.get(i).retry() ? " (retry)" : ""), p.tool(), rate(p.rate()), rate(p.achievedRate()), p.load(),
          String.format(Locale.ROOT, "%,d", p.ko()), p.commonestFailure().isEmpty() ? "–" : p.commonestFailure(),
          p.p99Millis() < 0 ? "–" : p.p99Millis() + " ms",
          cpuPerRequest(p),
          validity(p));
    }
    section.table(table);

    CapacitySearch slogate = searches.get(Tool.SLOGATE);
    CapacitySearch plain = searches.get(Tool.PLAIN);
    Table result = new Table("injector", "highest valid rate", "lowest invalid rate", "rates probed");
    for (Tool tool : Tool.values()) {
      CapacitySearch s = searches.get(tool);
      result.row(tool, s.highestValid().isPresent() ? rate(s.highestValid().getAsDouble()) : "none found",
          s.lowestInvalid().isPresent() ? rate(s.lowestInvalid().getAsDouble()) : "none found (search capped)", s.probes());
    }
    section.table(result);

    if (slogate.highestValid().isPresent() && plain.highestValid().isPresent()) {
      double ratio = slogate.highestValid().getAsDouble() / plain.highestValid().getAsDouble();
      double overhead = 1 - ratio;
      boolean bracketed = slogate.lowestInvalid().isPresent() && plain.lowestInvalid().isPresent();
      String measured = String.format(Locale.ROOT, "slogate %s ÷ plain Gatling %s = %.3f: overhead %.1f%% (each maximum ±%.0f%%)",
          rate(slogate.highestValid().getAsDouble()), rate(plain.highestValid().getAsDouble()), ratio, 100 * overhead, resolution * 100);
      Met met = bracketed ? Met.of(overhead <= OVERHEAD_TARGET) : Met.NOT_JUDGED;
      section.paragraph("**Harness overhead: " + measured + ".** Target ≤ 5%: " + met
          + (bracketed ? "" : " (a search hit its probe cap before it found its limit, so the ratio is a bound only)") + "."
          + (overhead < 0 ? " slogate's hooks run before the first and after the last request, never on Gatling's hot path,"
              + " so a negative overhead is the spread between runs on a shared machine, not a gain." : ""));
      section.headline("harness overhead: 1 − slogate's max valid rate ÷ plain Gatling's", "≤ 5%", measured, met);
      if (met == Met.NO) {
        section.paragraph("""
            **Target missed by this measure.** slogate adds nothing to Gatling's hot path (its hooks run before
            the first and after the last request; the scenario, protocol and injection are the same), so a gap
            between two maxima found on a cliff is mostly the spread between runs: on this shared two-core
            machine one late GC pause or a neighbour's burst tips a run into a connection pile-up, and the retry
            only halves that chance. The CPU per request comparison below measures the overhead itself, below
            the cliff; more probes per rate (or a quiet machine) would narrow the maxima's spread.
            """);
      }
    } else {
      section.headline("harness overhead", "≤ 5%", "not measured: no valid rate found for one of the injectors", Met.NOT_JUDGED);
    }

    long outOfDescriptors = probes.stream()
        .filter(r -> KoMessageClassifier.cause(r.probe().commonestFailure()) == KoMessageClassifier.Cause.FILE_DESCRIPTORS)
        .count();
    if (outOfDescriptors > 0) {
      section.paragraph(String.format(Locale.ROOT, """
          What ends a run above the limit: in %d of the failed runs the commonest failure was the injector's own
          "%s". An open model sends on schedule whatever the target does, and with shared connections a request
          that finds every pooled connection busy opens a new one. Once the injector falls behind (a GC pause, a
          neighbour taking the cores), the requests it then sends at once need a connection each; they pile up
          until the process reaches its file-descriptor limit, after which new connections fail and the
          scheduler's catching up overshoots the plan (the "exceeded the planned rate" rows). So beyond CPU, the
          file-descriptor limit bounds an open-model injector: raise `ulimit -n` (and nginx's
          `worker_connections`) well above rate × the worst latency a run must survive (Gatling has no cap on
          its shared pool: `maxConnectionsPerHost` only limits a user's concurrent resource fetches).
          """, outOfDescriptors, CapacityProbe.OUT_OF_DESCRIPTORS));
    }
    section.paragraph("Connection settings on this machine:");
    section.table(ConnectionSettings.describe());
    if (unshared != null) {
      section.paragraph(String.format(Locale.ROOT,
          "Without `shareConnections()` (Gatling's default: one connection per virtual user), plain Gatling at %s: "
              + "%s achieved, load %s, %,d KO, p99 %s: %s.",
          rate(unshared.rate()), rate(unshared.achievedRate()), unshared.load(), unshared.ko(),
          unshared.p99Millis() < 0 ? "–" : unshared.p99Millis() + " ms", unshared.valid() ? "valid" : "not valid (" + unshared.reason() + ")"));
    }
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f/s", perSecond);
  }

  static String validity(CapacityProbe probe) {
    return probe.valid() ? "yes" : "no: " + probe.reason();
  }

  static String cpuPerRequest(CapacityProbe probe) {
    return Double.isNaN(probe.cpuMicrosPerRequest()) ? "–" : String.format(Locale.ROOT, "%.1f µs", probe.cpuMicrosPerRequest());
  }
}
