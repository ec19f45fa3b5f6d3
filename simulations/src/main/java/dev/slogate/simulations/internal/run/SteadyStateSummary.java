package dev.slogate.simulations.internal.run;

import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The console's closing lines: per phase, requests, planned and achieved rate, KO count and p50/p95/p99,
 * over exactly the whole seconds the evaluator judges. Point estimates only; the verdict with its
 * intervals is the evaluator's.
 */
public final class SteadyStateSummary {

  record Row(String phase, long seconds, long requests, long ko, double plannedRate, double achievedRate,
      long p50, long p95, long p99) {}

  private final List<Row> rows;
  private final long totalRequests;

  private SteadyStateSummary(List<Row> rows, long totalRequests) {
    this.rows = rows;
    this.totalRequests = totalRequests;
  }

  public static SteadyStateSummary of(RunRecord record, RunPlan plan) {
    List<Row> rows = new ArrayList<>();
    for (PhaseWindow phase : PhaseWindows.of(record, plan)) {
      WindowStats window = record.window(phase.fromEpochSecond(), phase.toEpochSecondExclusive());
      long seconds = phase.seconds();
      Histogram all = window.overall().all();
      rows.add(new Row(phase.phase(), seconds, window.overall().count(), window.overall().koCount(),
          phase.plannedRatePerSecond().orElse(Double.NaN),
          seconds == 0 ? 0 : window.usersStarted() / (double) seconds,
          percentile(all, 50), percentile(all, 95), percentile(all, 99)));
    }
    return new SteadyStateSummary(rows, record.whole().overall().count());
  }

  private static long percentile(Histogram histogram, double p) {
    return histogram.getTotalCount() == 0 ? -1 : histogram.getValueAtPercentile(p);
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n---- slogate summary: %,d requests ----%n", totalRequests));
    out.append(String.format(Locale.ROOT, "%-14s %5s %9s %7s %10s %10s %7s %7s %7s%n",
        "phase", "secs", "requests", "KO", "planned/s", "achieved/s", "p50 ms", "p95 ms", "p99 ms"));
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "%-14s %5d %9d %7d %10.1f %10.1f %7s %7s %7s%n",
          row.phase(), row.seconds(), row.requests(), row.ko(), row.plannedRate(), row.achievedRate(),
          ms(row.p50()), ms(row.p95()), ms(row.p99())));
    }
    return out.toString();
  }

  private static String ms(long value) {
    return value < 0 ? "-" : Long.toString(value);
  }
}
