package dev.slogate.slo.chaos;

import java.util.Comparator;
import java.util.List;

/**
 * What happened during a chaos run, as the chaos module measured it: the faults in time order and every
 * probe sample. The evaluator reads failover objectives and per-fault error-budget shares from it.
 *
 * @param faults the injected faults, sorted by injection time
 * @param probes the probe samples, sorted by time
 */
public record ChaosTimeline(List<FaultWindow> faults, List<ProbeSample> probes) {

  private static final ChaosTimeline EMPTY = new ChaosTimeline(List.of(), List.of());

  public ChaosTimeline {
    faults = faults.stream().sorted(Comparator.comparingLong(FaultWindow::injectedAtEpochMillis)).toList();
    probes = probes.stream().sorted(Comparator.comparingLong(ProbeSample::epochMillis)).toList();
  }

  /** A run without chaos. */
  public static ChaosTimeline empty() {
    return EMPTY;
  }

  public boolean hasFaults() {
    return !faults.isEmpty();
  }
}
