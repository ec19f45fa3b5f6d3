package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.KubernetesTarget;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rolling restart on a real cluster, done the way {@code kubectl rollout restart} does it: the Deployment's
 * pod template gets a new {@code kubectl.kubernetes.io/restartedAt} annotation, and its controller replaces the
 * pods one batch at a time under its own {@code maxUnavailable}/{@code maxSurge} and the pods' readiness probes.
 * That is the release a zero-downtime promise is about, so slogate drives the real controller rather than
 * killing pods itself. Nothing is left to remove afterwards: a restart is over when the rollout is complete.
 *
 * <p>The Deployments are those in the target's namespace whose pod template carries every label of the target,
 * so the same labels that select pods for a Chaos Mesh fault select the workloads to restart.
 */
final class DeploymentRestarts {

  static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
  static final Duration POLL = Duration.ofMillis(250);

  /**
   * A restart asked for.
   *
   * @param namespace the Deployments' namespace
   * @param generations each restarted Deployment by name, with the generation its patch produced (0 when the
   *     API server keeps none)
   * @param requestedAt when the patches were sent
   */
  record Rollout(String namespace, Map<String, Long> generations, Instant requestedAt) {

    Rollout {
      generations = Map.copyOf(generations);
    }

    String describe() {
      return "Deployment " + namespace + "/" + String.join(",", generations.keySet().stream().sorted().toList());
    }
  }

  private final KubernetesClient client;
  private final Clock clock;

  DeploymentRestarts(KubernetesClient client, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The Deployments whose pods the target's labels select. */
  List<Deployment> matching(KubernetesTarget target) {
    try {
      return client.apps().deployments().inNamespace(target.namespace()).list().getItems().stream()
          .filter(d -> templateLabels(d).entrySet().containsAll(target.labels().entrySet()))
          .toList();
    } catch (KubernetesClientException e) {
      throw new ChaosException("Cannot list the Deployments of namespace '" + target.namespace() + "': "
          + e.getMessage(), e);
    }
  }

  /**
   * Stamps every matching Deployment's pod template, which starts its rollout.
   *
   * @throws ChaosException when no Deployment matches or a patch is refused
   */
  Rollout restart(KubernetesTarget target, String runId) {
    List<Deployment> deployments = matching(target);
    if (deployments.isEmpty()) {
      throw new ChaosException("No Deployment in namespace '" + target.namespace() + "' has pods labelled "
          + target.labels() + ", so there is nothing to restart.");
    }
    Instant requestedAt = clock.instant();
    Map<String, Long> generations = new HashMap<>();
    for (Deployment deployment : deployments) {
      String name = deployment.getMetadata().getName();
      try {
        Deployment patched = client.apps().deployments().inNamespace(target.namespace()).withName(name).edit(d -> {
          ObjectMeta template = d.getSpec().getTemplate().getMetadata();
          Map<String, String> annotations = new HashMap<>(nonNull(template.getAnnotations()));
          annotations.put(RESTARTED_AT, requestedAt.toString());
          annotations.put(ChaosMeshLabels.RUN_ID, runId);
          template.setAnnotations(annotations);
          return d;
        });
        // An API server bumps the generation on every change of the spec; expect at least that, so that the
        // old, complete status can never pass for the new rollout's.
        generations.put(name, Math.max(generation(patched), generation(deployment) + 1));
      } catch (KubernetesClientException e) {
        throw new ChaosException("Could not restart Deployment " + target.namespace() + "/" + name + ": "
            + e.getMessage(), e);
      }
    }
    return new Rollout(target.namespace(), generations, requestedAt);
  }

  /**
   * Waits until every Deployment's controller has seen the restart: from then on its pods are being replaced.
   *
   * @return when the last one was seen
   */
  Instant awaitObserved(Rollout rollout, Duration timeout) {
    return await(rollout, timeout, "start rolling", this::observed);
  }

  /** Waits until every Deployment runs only new pods, all of them available. */
  Instant awaitComplete(Rollout rollout, Duration timeout) {
    return await(rollout, timeout, "finish rolling out", this::complete);
  }

  private interface Check {
    boolean test(Deployment deployment, long generation);
  }

  private Instant await(Rollout rollout, Duration timeout, String what, Check check) {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      List<String> waiting = new ArrayList<>();
      for (Map.Entry<String, Long> entry : rollout.generations().entrySet()) {
        Deployment current = read(rollout.namespace(), entry.getKey());
        if (current == null) {
          throw new ChaosException("Deployment " + rollout.namespace() + "/" + entry.getKey()
              + " was deleted during its rolling restart.");
        }
        if (!check.test(current, entry.getValue())) {
          waiting.add(entry.getKey() + " (" + describe(current.getStatus()) + ")");
        }
      }
      if (waiting.isEmpty()) {
        return clock.instant();
      }
      if (!clock.instant().isBefore(deadline)) {
        throw new ChaosException("Deployment " + rollout.namespace() + "/" + String.join(", ", waiting)
            + " did not " + what + " within " + timeout.toSeconds() + " s.");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChaosException("Interrupted while waiting for " + rollout.describe() + " to " + what + ".", e);
      }
    }
  }

  private boolean observed(Deployment deployment, long generation) {
    DeploymentStatus status = deployment.getStatus();
    return status != null && nonNull(status.getObservedGeneration()) >= generation;
  }

  private boolean complete(Deployment deployment, long generation) {
    DeploymentStatus status = deployment.getStatus();
    long desired = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    return observed(deployment, generation)
        && nonNull(status.getUpdatedReplicas()) == desired
        && nonNull(status.getReplicas()) == desired
        && nonNull(status.getAvailableReplicas()) == desired;
  }

  private Deployment read(String namespace, String name) {
    try {
      return client.apps().deployments().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      throw new ChaosException("Cannot read Deployment " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
  }

  private static String describe(DeploymentStatus status) {
    if (status == null) {
      return "no status yet";
    }
    return nonNull(status.getUpdatedReplicas()) + " updated, " + nonNull(status.getAvailableReplicas()) + " available, "
        + nonNull(status.getReplicas()) + " in all";
  }

  private static Map<String, String> templateLabels(Deployment deployment) {
    if (deployment.getSpec() == null || deployment.getSpec().getTemplate() == null
        || deployment.getSpec().getTemplate().getMetadata() == null) {
      return Map.of();
    }
    return nonNull(deployment.getSpec().getTemplate().getMetadata().getLabels());
  }

  private static long generation(Deployment deployment) {
    return deployment.getMetadata().getGeneration() == null ? 0 : deployment.getMetadata().getGeneration();
  }

  private static long nonNull(Number value) {
    return value == null ? 0 : value.longValue();
  }

  private static Map<String, String> nonNull(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }
}
