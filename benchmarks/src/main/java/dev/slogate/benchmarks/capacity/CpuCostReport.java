package dev.slogate.benchmarks.capacity;

import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.Table;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** The CPU per request comparison's part of the capacity section: its runs, its ratio and its headline. */
final class CpuCostReport {

  private static final String FIGURE = "harness overhead: slogate's CPU per request ÷ plain Gatling's, same rate";

  private CpuCostReport() {}

  static void write(Section section, CpuCost cost, CapacityProbe.Shape shape, double overheadTarget) {
    String target = String.format(Locale.ROOT, "≤ %.2f (overhead ≤ %.0f%%)", 1 + overheadTarget, 100 * overheadTarget);
    if (cost == null) {
      section.headline(FIGURE, target, "not measured: no valid rate found for one of the injectors", Met.NOT_JUDGED);
      return;
    }
    section.paragraph(String.format(Locale.ROOT, """
        The same overhead measured a second way: CPU per request. Both injectors run at %,.0f/s (60%% of the lower
        highest valid rate, below the cliff; warm-up %d s so that the JIT compiler has mostly finished, steady %d
        s), one run each per round, the order alternating; while each Gatling JVM runs, its CPU time (user +
        system, every thread, from `/proc/<pid>/stat` every %d ms) is sampled, and the CPU of the steady phase's
        judged seconds is divided by the requests sent in them. A round's ratio counts only when both of its
        runs are valid.
        """, cost.rate(), shape.warmUp().toSeconds(), shape.steady().toSeconds(), CapacityProbe.CPU_SAMPLE_MILLIS));
    Table runs = new Table("round", "injector", "achieved (steady)", "valid?", "CPU per request", "round ratio");
    int round = 1;
    for (CpuCost.Round r : cost.rounds()) {
      String ratio = Double.isNaN(r.ratio()) ? "– (a run was invalid)" : String.format(Locale.ROOT, "%.3f", r.ratio());
      for (CapacityProbe probe : List.of(r.slogate(), r.plain())) {
        runs.row(round, probe.tool(), CapacityBenchmark.rate(probe.achievedRate()), CapacityBenchmark.validity(probe),
            CapacityBenchmark.cpuPerRequest(probe), probe == r.slogate() ? ratio : "");
      }
      round++;
    }
    section.table(runs);

    OptionalDouble median = cost.medianRatio();
    if (median.isEmpty()) {
      section.headline(FIGURE, target, "not measured: no round had two valid runs", Met.NOT_JUDGED);
      return;
    }
    String measured = String.format(Locale.ROOT, "%.3f at %,.0f/s: overhead %.1f%% (median of %d rounds; rounds %s)",
        median.getAsDouble(), cost.rate(), 100 * (median.getAsDouble() - 1), cost.judgedRounds(), cost.spread());
    Met met = cost.judge(1 + overheadTarget);
    StringBuilder verdict = new StringBuilder("**CPU per request, slogate ÷ plain Gatling: " + measured + ".** Target "
        + target + ": " + met);
    if (met == Met.NOT_RESOLVED && cost.judgedRounds() < cost.rounds().size()) {
      verdict.append(String.format(Locale.ROOT, ": only %d of %d rounds had two valid runs, too few to judge.",
          cost.judgedRounds(), cost.rounds().size()));
    } else if (met == Met.NOT_RESOLVED) {
      verdict.append(String.format(Locale.ROOT, """
          : the rounds straddle %.2f, so this run cannot tell on which side of it the overhead is. Between rounds, \
          at the same rate, slogate's own CPU per request varied by %.0f%% and plain Gatling's by %.0f%% (highest \
          ÷ lowest), more than the 5%% to be resolved. slogate runs nothing of its own while the load runs (its \
          hooks run before the first and after the last request), so its steady-state cost is Gatling's; more \
          rounds, or a machine without neighbours, would narrow the spread.""", 1 + overheadTarget,
          100 * (cost.variation(Tool.SLOGATE) - 1), 100 * (cost.variation(Tool.PLAIN) - 1)));
    } else if (met == Met.NO) {
      verdict.append(": every round's ratio is above it.");
    } else {
      verdict.append('.');
    }
    section.paragraph(verdict.toString());
    section.headline(FIGURE, target, measured, met);
  }


}
