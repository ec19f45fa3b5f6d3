package dev.slogate.injectors.internal;

import dev.slogate.injectors.InjectorException;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Removes injector Jobs and their Secrets: those of the run that is ending, and, at start-up, those an earlier
 * coordinator left when it died ({@code kill -9}, a lost node). It selects by slogate's injector labels
 * ({@link InjectorLabels#selector()}) in the allowed namespaces only; nothing else is ever touched.
 *
 * <p>A Job is deleted with propagation {@code Background}: the API server's garbage collector then deletes its pods,
 * which run no longer than the Job's {@code activeDeadlineSeconds} in any case.
 */
public final class InjectorSweeper {

  /** What a sweep found and removed; one sentence per object that would not go. */
  public record Report(List<String> found, List<String> removed, List<String> failures) {
    public Report {
      found = List.copyOf(found);
      removed = List.copyOf(removed);
      failures = List.copyOf(failures);
    }
  }

  private final KubernetesClient client;
  private final Duration removeTimeout;

  public InjectorSweeper(KubernetesClient client, Duration removeTimeout) {
    this.client = client;
    this.removeTimeout = removeTimeout;
  }

  /** Removes every injector Job and Secret in {@code namespaces} except run {@code keepRunId}'s. */
  public Report sweep(Collection<String> namespaces, Optional<String> keepRunId) {
    List<String> found = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String namespace : new TreeSet<>(namespaces)) {
      List<HasMetadata> leftovers = new ArrayList<>();
      try {
        leftovers.addAll(client.batch().v1().jobs().inNamespace(namespace).withLabels(InjectorLabels.selector())
            .list().getItems());
        leftovers.addAll(client.secrets().inNamespace(namespace).withLabels(InjectorLabels.selector()).list()
            .getItems());
      } catch (KubernetesClientException e) {
        failures.add("cannot list injector Jobs in namespace '" + namespace + "': " + e.getMessage());
        continue;
      }
      for (HasMetadata leftover : leftovers) {
        String runId = leftover.getMetadata().getLabels().get(InjectorLabels.RUN_ID);
        if (keepRunId.isPresent() && keepRunId.get().equals(runId)) {
          continue;
        }
        String name = describe(leftover);
        found.add(name);
        try {
          remove(leftover);
          removed.add(name);
        } catch (InjectorException e) {
          failures.add(e.getMessage());
        }
      }
    }
    return new Report(found, removed, failures);
  }

  /** Deletes one Job (and, through the garbage collector, its pods) or Secret, and waits until it is gone. */
  public void remove(HasMetadata resource) {
    String name = describe(resource);
    try {
      if (resource instanceof Job job) {
        client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).withName(job.getMetadata().getName())
            .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).withName(job.getMetadata().getName())
            .waitUntilCondition(gone -> gone == null, removeTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } else if (resource instanceof Secret secret) {
        client.secrets().inNamespace(secret.getMetadata().getNamespace()).withName(secret.getMetadata().getName())
            .delete();
      } else {
        throw new IllegalArgumentException("not an injector object: " + name);
      }
    } catch (KubernetesClientException e) {
      throw new InjectorException("Could not delete " + name + ": " + e.getMessage(), e);
    }
  }

  private static String describe(HasMetadata resource) {
    return resource.getKind() + " " + resource.getMetadata().getNamespace() + "/" + resource.getMetadata().getName();
  }
}
