package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.reader.BenchmarkLog;
import dev.slogate.slo.gatling.SyntheticLogGenerator;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import java.util.List;

/**
 * The run plan and objectives a synthetic benchmark log is judged against, as if SteadyLoad had produced it:
 * warm-up and cool-down of 10 s around a steady phase, at the generator's arrival rate (its users send four
 * requests each, {@link SyntheticLogGenerator}), judged on the reference stack's SLO file (p50/p95/p99,
 * availability, throughput). Every stage of the evaluator then has real work: load check, windows, order-statistic
 * intervals over hundreds of thousands to tens of millions of requests.
 */
final class SyntheticRun {

  static final String SLO = "reference-stack";
  private static final int REQUESTS_PER_USER = 4;
  private static final long EDGE_MILLIS = 10_000;

  private SyntheticRun() {}

  static RunPlan plan(String runId, long requests) {
    long durationMillis = requests * 1000 / BenchmarkLog.REQUESTS_PER_SECOND;
    double usersPerSecond = BenchmarkLog.REQUESTS_PER_SECOND / (double) REQUESTS_PER_USER;
    return new RunPlan(runId, SyntheticLogGenerator.SIMULATION, "synthetic", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, EDGE_MILLIS, usersPerSecond),
        Phase.constant("steady", PhaseKind.STEADY, EDGE_MILLIS, durationMillis - 2 * EDGE_MILLIS, usersPerSecond),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, durationMillis - EDGE_MILLIS, EDGE_MILLIS, usersPerSecond)));
  }
}
