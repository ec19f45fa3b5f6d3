package dev.slogate.injectors.internal;

import dev.slogate.chaos.mesh.ChaosMeshLabels;
import java.util.Map;

/**
 * The labels slogate puts on the injector Job, its pods and its Secret. {@code managed-by} and {@code run-id} are
 * the ones chaos resources carry ({@link ChaosMeshLabels}), so that {@code kubectl get -l
 * app.kubernetes.io/managed-by=slogate} shows everything a run left; the component label keeps the injector sweep
 * to injector objects.
 */
public final class InjectorLabels {

  public static final String MANAGED_BY = ChaosMeshLabels.MANAGED_BY;
  public static final String MANAGER = ChaosMeshLabels.MANAGER;
  public static final String RUN_ID = ChaosMeshLabels.RUN_ID;
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String INJECTOR = "slogate-injector";

  /** The annotation Kubernetes sets on each pod of an Indexed Job, and the label it copies it into (1.28+). */
  public static final String COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";

  /** The label Kubernetes puts on each pod of a Job. */
  public static final String JOB_NAME = "batch.kubernetes.io/job-name";

  private InjectorLabels() {}

  /** What the sweep selects on: slogate's injector objects and nothing else. */
  public static Map<String, String> selector() {
    return Map.of(MANAGED_BY, MANAGER, COMPONENT, INJECTOR);
  }

  /** Every label of a run's objects. */
  public static Map<String, String> of(String runId) {
    return Map.of(MANAGED_BY, MANAGER, COMPONENT, INJECTOR, RUN_ID, runId);
  }
}
