package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Watches one Chaos Mesh experiment through its life on the cluster: confirmed injected, paused, deleted
 * and gone. Instants are read on the given clock at the moment the watch delivers the change, so that they
 * line up with the prober's samples.
 */
final class ExperimentLifecycle {

  /** When the injection was confirmed, and what Chaos Mesh itself recorded. */
  record Confirmation(Instant injectedAt, Optional<Instant> reportedAt) {}

  /** When removal was asked for, when the targets were recovered, when the resource was gone. */
  record Removal(Instant requestedAt, Instant recoveredAt, Instant removedAt) {}

  private static final Duration SLICE = Duration.ofSeconds(1);

  private final KubernetesClient client;
  private final Clock clock;

  ExperimentLifecycle(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Waits until Chaos Mesh reports every target injected: condition {@code AllInjected=True}, or for a
   * one-shot fault a successful Apply event on every target record (the kill is over by the time the
   * records say "Not Injected" again).
   */
  Confirmation awaitInjected(ChaosResourceRef ref, boolean oneShot, Duration timeout) {
    AtomicReference<Instant> seenAt = new AtomicReference<>();
    AtomicReference<ChaosStatus> seen = new AtomicReference<>();
    AtomicReference<Boolean> vanished = new AtomicReference<>(false);
    try {
      await(ChaosMeshKinds.resource(client, ref), current -> {
        if (current == null) {
          vanished.set(true);
          return true;
        }
        ChaosStatus status = ChaosStatus.of(current);
        seen.set(status);
        boolean injected = status.allInjected() || (oneShot && status.everyTargetApplied());
        if (injected) {
          seenAt.compareAndSet(null, clock.instant());
        }
        return injected;
      }, timeout);
    } catch (KubernetesClientTimeoutException e) {
      ChaosStatus last = seen.get();
      throw new ChaosException(ref + " was not confirmed injected within " + seconds(timeout) + " ("
          + (last == null ? "Chaos Mesh has written no status: is its controller running?" : last.describe())
          + ").", e);
    } catch (KubernetesClientException e) {
      throw new ChaosException("Lost track of " + ref + " while waiting for its injection: " + e.getMessage(), e);
    }
    if (vanished.get()) {
      throw new ChaosException(
          ref + " was deleted (by a cleanup or by someone else) before it was confirmed injected.");
    }
    return new Confirmation(seenAt.get(), seen.get().lastApplied());
  }

  /** Sets Chaos Mesh's pause annotation; its controller then recovers every target. False if already gone. */
  boolean pause(ChaosResourceRef ref) {
    String patch = "{\"metadata\":{\"annotations\":{\"" + ChaosMeshLabels.PAUSE + "\":\"true\"}}}";
    try {
      ChaosMeshKinds.resource(client, ref).patch(PatchContext.of(PatchType.JSON_MERGE), patch);
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return false;
      }
      throw new ChaosException("Could not pause " + ref + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the resource and waits until it is really gone, finalizers included. Chaos Mesh keeps its
   * {@code chaos-mesh/records} finalizer until every target is recovered, so "gone" means "recovered".
   */
  Removal remove(ChaosResourceRef ref, Duration timeout) {
    Resource<HasMetadata> resource = ChaosMeshKinds.resource(client, ref);
    Instant requestedAt = clock.instant();
    AtomicReference<Instant> recoveredAt = new AtomicReference<>();
    AtomicReference<HasMetadata> last = new AtomicReference<>();
    try {
      resource.delete();
      await(resource, current -> {
        if (current == null) {
          return true;
        }
        last.set(current);
        if (ChaosStatus.of(current).allRecovered()) {
          recoveredAt.compareAndSet(null, clock.instant());
        }
        return false;
      }, timeout);
    } catch (KubernetesClientTimeoutException e) {
      throw new ChaosException(stuck(ref, timeout, last.get()), e);
    } catch (KubernetesClientException e) {
      throw new ChaosException("Could not delete " + ref + ": " + e.getMessage(), e);
    }
    Instant removedAt = clock.instant();
    Instant recovered = recoveredAt.get() == null ? removedAt : recoveredAt.get();
    return new Removal(requestedAt, recovered, removedAt);
  }

  /**
   * Waits for {@code condition} in slices of at most {@link #SLICE}, each with a fresh list-and-watch. A
   * watch started from a list's resourceVersion can miss a change that lands between the two when the
   * server does not replay it (fabric8's mock server does not, and a real one may answer 410 Gone); the
   * fresh list of the next slice sees the state whatever happened to the events.
   *
   * @throws KubernetesClientTimeoutException when {@code timeout} passes first
   */
  private static void await(Resource<HasMetadata> resource, Predicate<HasMetadata> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      try {
        resource.waitUntilCondition(condition, Math.max(1, Math.min(left, SLICE.toNanos())), TimeUnit.NANOSECONDS);
        return;
      } catch (KubernetesClientTimeoutException sliceOver) {
        if (deadline - System.nanoTime() <= 0) {
          throw sliceOver;
        }
      }
    }
  }

  private static String stuck(ChaosResourceRef ref, Duration timeout, HasMetadata last) {
    List<String> finalizers = last == null ? List.of() : last.getMetadata().getFinalizers();
    return ref + " is still there " + seconds(timeout) + " after it was deleted (finalizers " + finalizers + ", "
        + (last == null ? "no status" : ChaosStatus.of(last).describe()) + "); check the Chaos Mesh controller, "
        + "and only if it is gone for good remove the finalizer with kubectl -n " + ref.namespace() + " patch "
        + ref.kind().toLowerCase(Locale.ROOT) + " " + ref.name()
        + " --type=merge -p '{\"metadata\":{\"finalizers\":[]}}'.";
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }
}
