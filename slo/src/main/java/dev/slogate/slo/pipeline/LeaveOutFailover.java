package dev.slogate.slo.pipeline;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;

/**
 * A load-only run cannot speak to failover: judging its failover objectives would make every such run
 * INCONCLUSIVE. They are left out when the run has no chaos timeline, unless they are all the spec holds (then
 * nothing else could be judged, and INCONCLUSIVE is the honest answer).
 */
public final class LeaveOutFailover {

  public Measured apply(Measured measured) {
    SloSpec judged = judged(measured.judged(), measured.run().timeline());
    return judged == measured.judged() ? measured
        : new Measured(measured.run(), measured.measurements(), measured.spec(), judged);
  }

  /** The objectives judged of {@code spec} for a run with this timeline (null: no chaos). */
  public static SloSpec judged(SloSpec spec, ChaosTimeline timeline) {
    boolean hasFailover = spec.objectives().stream().anyMatch(o -> o.kind() == ObjectiveKind.FAILOVER);
    boolean onlyFailover = spec.objectives().stream().allMatch(o -> o.kind() == ObjectiveKind.FAILOVER);
    return timeline == null && hasFailover && !onlyFailover ? spec.without(ObjectiveKind.FAILOVER) : spec;
  }
}
