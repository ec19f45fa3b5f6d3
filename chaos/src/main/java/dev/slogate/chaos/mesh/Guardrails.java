package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;

/**
 * Refuses experiments that would hit what they must not, before anything is applied. Each refusal is one
 * sentence that names the rule and the explicit permission that lifts it.
 *
 * <p>The rules, in order: the target is on Kubernetes; its namespace is on the allow-list; the namespace
 * exists and is not labelled as production (unless allowed as protected); the target matches at least one
 * pod; the fault hits at most the blast-radius cap of the matching pods (mode {@code all}, a larger
 * {@code fixed-percent}, or a {@code fixed} count above the cap need {@code allowFullBlastRadius}).
 */
final class Guardrails {

  private final ChaosMeshOptions options;

  Guardrails(ChaosMeshOptions options) {
    this.options = options;
  }

  void check(ExperimentSpec experiment, KubernetesClient client) {
    KubernetesTarget target = checkNamespace(experiment, client);
    checkBlastRadius(experiment, target, matchingPods(client, target));
  }

  /**
   * The rules about where, without the blast radius: for a rolling restart, which replaces every pod but
   * keeps the Deployment's own availability guarantees, the cap does not apply.
   */
  KubernetesTarget checkNamespace(ExperimentSpec experiment, KubernetesClient client) {
    if (!(experiment.target() instanceof KubernetesTarget target)) {
      throw new GuardrailViolation("Experiment '" + experiment.name() + "' targets a local process, and the "
          + "Chaos Mesh backend injects faults only into Kubernetes pods.");
    }
    String namespace = target.namespace();
    if (!options.allowedNamespaces().contains(namespace)) {
      throw new GuardrailViolation("Namespace '" + namespace + "' is not on the chaos allow-list "
          + options.allowedNamespaces() + ", so experiment '" + experiment.name() + "' is refused; allow it with "
          + "--allow-namespace " + namespace + " if it is meant to be broken.");
    }
    checkNotProtected(experiment, namespace, read(client, namespace));
    return target;
  }

  private void checkNotProtected(ExperimentSpec experiment, String namespace, Namespace found) {
    if (found == null) {
      throw new GuardrailViolation("Namespace '" + namespace + "' does not exist in the cluster, so experiment '"
          + experiment.name() + "' has nothing to break.");
    }
    Map<String, String> labels = found.getMetadata().getLabels() == null ? Map.of() : found.getMetadata().getLabels();
    for (Map.Entry<String, String> mark : ChaosMeshLabels.PROTECTED_NAMESPACE_LABELS.entrySet()) {
      if (mark.getValue().equals(labels.get(mark.getKey()))
          && !options.allowedProtectedNamespaces().contains(namespace)) {
        throw new GuardrailViolation("Namespace '" + namespace + "' is labelled " + mark.getKey() + "="
            + mark.getValue() + ", so experiment '" + experiment.name() + "' is refused; allow it explicitly with "
            + "--allow-protected-namespace " + namespace + " if you really mean to break it.");
      }
    }
  }

  private void checkBlastRadius(ExperimentSpec experiment, KubernetesTarget target, int matching) {
    if (matching == 0) {
      throw new GuardrailViolation("Experiment '" + experiment.name() + "' matches no pod in namespace '"
          + target.namespace() + "' with labels " + target.labels()
          + ", so Chaos Mesh would have nothing to inject into.");
    }
    if (options.allowFullBlastRadius()) {
      return;
    }
    Selection selection = experiment.selection();
    int cap = options.blastRadiusCapPercent();
    String refusal = switch (selection.mode()) {
      case ALL -> "mode all hits every one of the " + matching + " matching pods";
      case FIXED_PERCENT -> selection.value() > cap ? "mode fixed-percent " + selection.value() + " hits more than "
          + cap + "% of the matching pods" : null;
      case FIXED -> selection.value() * 100L > (long) cap * matching ? "mode fixed " + selection.value()
          + " hits more than " + cap + "% of the " + matching + " matching pods" : null;
      case ONE -> null;
    };
    if (refusal != null) {
      throw new GuardrailViolation("Experiment '" + experiment.name() + "' is refused because " + refusal
          + ", above the blast-radius cap of " + cap + "%; lower the mode or allow it explicitly with "
          + "--allow-full-blast-radius.");
    }
  }

  private static Namespace read(KubernetesClient client, String namespace) {
    try {
      return client.namespaces().withName(namespace).get();
    } catch (KubernetesClientException e) {
      throw new ChaosException("Cannot read namespace '" + namespace + "' to check the guardrails: "
          + e.getMessage(), e);
    }
  }

  private static int matchingPods(KubernetesClient client, KubernetesTarget target) {
    try {
      List<Pod> pods = client.pods().inNamespace(target.namespace()).withLabels(target.labels()).list().getItems()
          .stream().filter(pod -> target.pod().map(name -> name.equals(pod.getMetadata().getName())).orElse(true))
          .toList();
      // Chaos Mesh selects only pods that are not finished; count the same ones.
      return (int) pods.stream().filter(pod -> pod.getStatus() == null
          || !List.of("Succeeded", "Failed").contains(pod.getStatus().getPhase())).count();
    } catch (KubernetesClientException e) {
      throw new ChaosException("Cannot list the pods of namespace '" + target.namespace()
          + "' to check the blast radius: " + e.getMessage(), e);
    }
  }
}
