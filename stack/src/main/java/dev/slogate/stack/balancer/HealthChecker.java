package dev.slogate.stack.balancer;

import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.StackException;
import dev.slogate.stack.process.ReplicaClient;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Active health checks in the manner of HAProxy's {@code option httpchk}: every interval, one
 * {@code GET} of the configured health path per replica, at most one outstanding per replica; rise/fall counting
 * in {@link SlotHealth}; rotation and listeners updated on every change.
 *
 * <p>All state lives on one thread (the checker's), including changes requested from outside
 * ({@link #setTarget}), so check results, replacements and events are strictly ordered.
 */
public final class HealthChecker implements AutoCloseable {

  private final HealthCheck config;
  private final RotationProxyClient rotation;
  private final ReplicaClient client;
  private final ReplicaEvents events;
  private final Slot[] slots;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "slogate-health-checker");
    t.setDaemon(true);
    return t;
  });

  private static final class Slot {
    RotationProxyClient.Backend backend;
    SlotHealth health;
    int generation;
    boolean checking;
  }

  public HealthChecker(HealthCheck config, RotationProxyClient rotation, ReplicaClient client,
      ReplicaEvents events, int replicas) {
    this.config = config;
    this.rotation = rotation;
    this.client = client;
    this.events = events;
    this.slots = new Slot[replicas];
    for (int i = 0; i < replicas; i++) {
      slots[i] = new Slot();
    }
  }

  public void start() {
    long interval = config.interval().toNanos();
    // Fixed delay, not fixed rate: a late tick must not be followed by a hurried one, or two
    // checks could land closer than the interval and a replica rise faster than rise × interval.
    thread.scheduleWithFixedDelay(this::checkAll, interval, interval, TimeUnit.NANOSECONDS);
  }

  /**
   * Points slot {@code index} at a (new) replica instance. With {@code inRotation} it takes
   * traffic at once, as HAProxy treats servers at start-up; otherwise it has to pass {@code rise}
   * checks first. A slot that was in rotation and is replaced by one that is not yields
   * {@code replicaDown}. Returns once the change is in effect.
   */
  public void setTarget(int index, URI uri, boolean inRotation) {
    onCheckerThread(() -> {
      Slot slot = slots[index];
      boolean wasUp = slot.health != null && slot.health.isUp();
      RotationProxyClient.Backend old = slot.backend;
      slot.backend = rotation.backend(index, uri);
      slot.health = new SlotHealth(config.fall(), config.rise(), inRotation);
      slot.generation++;
      slot.checking = false;
      if (inRotation) {
        rotation.add(slot.backend);
      } else {
        rotation.remove(index);
      }
      if (old != null) {
        rotation.retire(old);
      }
      if (wasUp && !inRotation) {
        events.down(index);
      }
    });
  }

  private void checkAll() {
    for (int i = 0; i < slots.length; i++) {
      Slot slot = slots[i];
      if (slot.backend == null || slot.checking) {
        continue;
      }
      slot.checking = true;
      int index = i;
      int generation = slot.generation;
      client.ready(slot.backend.uri, config.path(), config.timeout())
          .thenAcceptAsync(passed -> result(index, generation, passed), thread);
    }
  }

  private void result(int index, int generation, boolean passed) {
    Slot slot = slots[index];
    if (slot.generation != generation) {
      return; // a check of an instance that has since been replaced
    }
    slot.checking = false;
    // Listeners first, then the rotation: whoever sees the rotation change (awaitInRotation) can then count on
    // every listener having been told, instead of racing the checker thread for the event.
    switch (slot.health.record(passed)) {
      case WENT_DOWN:
        events.down(index);
        rotation.remove(index);
        break;
      case WENT_UP:
        events.up(index);
        rotation.add(slot.backend);
        break;
      default:
        break;
    }
  }

  private void onCheckerThread(Runnable change) {
    try {
      thread.submit(change).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new StackException("health checker failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new StackException("health checker did not respond within 10 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while changing the balancer");
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
