package dev.slogate.chaos.mesh;

import java.util.Map;

/** The labels, annotations and finalizer that slogate and Chaos Mesh put on chaos resources. */
public final class ChaosMeshLabels {

  /** Every resource slogate creates carries {@code app.kubernetes.io/managed-by=slogate}; sweeps find it so. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  public static final String MANAGER = "slogate";

  /** The run that created the resource, so that a sweep spares the run in progress. */
  public static final String RUN_ID = "slogate.dev/run-id";

  /** The experiment that created the resource, for people reading {@code kubectl get}. */
  public static final String EXPERIMENT = "slogate.dev/experiment";

  /** Chaos Mesh's annotation that pauses an experiment (its controller then recovers every target). */
  public static final String PAUSE = "experiment.chaos-mesh.org/pause";

  /** The finalizer Chaos Mesh keeps on an experiment until every target is recovered. */
  public static final String RECORDS_FINALIZER = "chaos-mesh/records";

  /**
   * Namespace labels that mark production; experiments there are refused unless the namespace is allowed
   * explicitly as protected.
   */
  public static final Map<String, String> PROTECTED_NAMESPACE_LABELS =
      Map.of("environment", "production", "env", "production", "slogate.dev/protected", "true");

  private ChaosMeshLabels() {}
}
