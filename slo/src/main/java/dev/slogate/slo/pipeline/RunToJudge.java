package dev.slogate.slo.pipeline;

import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.spec.SloSpec;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the pipeline is asked to judge: the first value of the chain.
 *
 * @param objectives the SLO spec; a supplier, so that a caller may parse it while the run is read (the
 *     objectives' error is still the first one shown)
 * @param source the run's measurements
 * @param plan the run plan, or null: the whole run is then judged as one phase
 * @param timeline the chaos timeline, or null for a run without faults
 * @param baseline the run to compare with, or null
 * @param criteria how relative objectives are judged, and whether a comparison was asked for
 * @param policy what the gate does with INCONCLUSIVE
 */
public record RunToJudge(Supplier<SloSpec> objectives, RunSource source, RunPlan plan, ChaosTimeline timeline,
    Baseline baseline, RegressionCriteria criteria, GatePolicy policy) {

  public RunToJudge {
    Objects.requireNonNull(objectives, "objectives");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(policy, "policy");
  }

  /** A run judged on a spec already parsed. */
  public RunToJudge(SloSpec spec, RunSource source, RunPlan plan, ChaosTimeline timeline, Baseline baseline,
      RegressionCriteria criteria, GatePolicy policy) {
    this(constant(Objects.requireNonNull(spec, "spec")), source, plan, timeline, baseline, criteria, policy);
  }

  /** Whether the relative objectives will be judged, which needs every second of the run. */
  boolean comparesWithBaseline() {
    return baseline != null;
  }

  private static Supplier<SloSpec> constant(SloSpec spec) {
    return () -> spec;
  }
}
