package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds and removes the Chaos Mesh resources that slogate runs left behind (a run killed with -9, a
 * lost connection), by the {@code app.kubernetes.io/managed-by=slogate} label, in every chaos kind of
 * the given namespaces. Resources without that label are never touched.
 */
public final class ChaosMeshSweeper {

  /**
   * What a sweep found and did.
   *
   * @param found every leftover, in kind/namespace/name order
   * @param removed the leftovers now gone (empty in a dry run)
   * @param failures one sentence per leftover that could not be removed
   */
  public record Report(List<ChaosResourceRef> found, List<ChaosResourceRef> removed, List<String> failures) {
    public Report {
      found = List.copyOf(found);
      removed = List.copyOf(removed);
      failures = List.copyOf(failures);
    }
  }

  private final KubernetesClient client;
  private final Duration removeTimeout;

  public ChaosMeshSweeper(KubernetesClient client, Duration removeTimeout) {
    this.client = client;
    this.removeTimeout = removeTimeout;
  }

  /**
   * Lists slogate's chaos resources in {@code namespaces}, except those of run {@code keepRunId}.
   */
  public List<ChaosResourceRef> findLeftovers(Collection<String> namespaces, Optional<String> keepRunId) {
    List<ChaosResourceRef> found = new ArrayList<>();
    for (String namespace : new TreeSet<>(namespaces)) {
      for (Class<? extends HasMetadata> kind : ChaosMeshKinds.SWEPT) {
        for (HasMetadata resource : list(kind, namespace)) {
          String runId = resource.getMetadata().getLabels().get(ChaosMeshLabels.RUN_ID);
          if (keepRunId.isEmpty() || !keepRunId.get().equals(runId)) {
            found.add(ChaosResourceRef.of(resource));
          }
        }
      }
    }
    return found;
  }

  /**
   * Removes the leftovers (pausing each first, so Chaos Mesh recovers its targets even if the delete is
   * slow) and waits until each is gone. A leftover that will not go is reported, not thrown, so that one
   * stuck resource does not keep the others in place.
   */
  public Report sweep(Collection<String> namespaces, Optional<String> keepRunId, boolean dryRun) {
    List<ChaosResourceRef> found = findLeftovers(namespaces, keepRunId);
    if (dryRun) {
      return new Report(found, List.of(), List.of());
    }
    ExperimentLifecycle lifecycle = new ExperimentLifecycle(client, Clock.systemUTC());
    List<ChaosResourceRef> removed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (ChaosResourceRef leftover : found) {
      try {
        lifecycle.pause(leftover);
        lifecycle.remove(leftover, removeTimeout);
        removed.add(leftover);
      } catch (ChaosException e) {
        failures.add(e.getMessage());
      }
    }
    return new Report(found, removed, failures);
  }

  private List<HasMetadata> list(Class<? extends HasMetadata> kind, String namespace) {
    try {
      return ChaosMeshKinds.operation(client, kind).inNamespace(namespace)
          .withLabel(ChaosMeshLabels.MANAGED_BY, ChaosMeshLabels.MANAGER).list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        // This kind's CRD is not installed (an older or trimmed Chaos Mesh): nothing of it can be left over.
        return List.of();
      }
      throw new ChaosException("Cannot list " + HasMetadata.getKind(kind) + " in namespace '" + namespace
          + "' to sweep slogate's leftovers: " + e.getMessage(), e);
    }
  }
}
