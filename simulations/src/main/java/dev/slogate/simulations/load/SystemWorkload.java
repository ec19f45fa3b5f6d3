package dev.slogate.simulations.load;

/**
 * What slogate drives against one system: its documented workload, and the load it keeps up while that
 * system's chaos experiments run. A seed simulation runs the first; the readiness run
 * ({@link dev.slogate.simulations.Readiness}) runs the first and then the second under faults, so that every
 * objective of the system's catalog, on the documented shape and on the faults, is judged in one run.
 *
 * <p>Implementations are stateless; everything a run may change comes from the {@link WorkloadContext}.
 */
public interface SystemWorkload {

  /** The system's name: its SLO catalog and its stand-in profile carry it, e.g. {@code kgas}. */
  String name();

  /**
   * The documented workload shape, scaled for a local run where the system says so.
   *
   * @throws IllegalArgumentException for a bad setting, with a one-line message
   */
  Workload workload(WorkloadContext context);

  /**
   * What to send while faults are injected: one steady open-model rate, so that what changes during a fault is
   * the target, never the load.
   */
  FaultLoad faultLoad(WorkloadContext context);
}
