package dev.slogate.stack.coordination;

import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.QueueSnapshot;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The stack's stand-in for the shared table a leader-electing system keeps its heartbeats and
 * steps in (FLEET-Q's {@code POD_HEALTH} and {@code STEP_TRACKER}). It lives in the parent
 * process, so it survives any replica being killed, and replicas reach it over loopback HTTP
 * ({@link CoordinatorHttp}). Every state change is serialized on this object; a sweep thread
 * declares silent pods dead.
 */
public final class Coordinator implements AutoCloseable {

  private final PodTable pods;
  private final StepTable steps = new StepTable();
  private final BiConsumer<OptionalInt, OptionalInt> leaderChanged;
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "slogate-coordinator-sweep");
    t.setDaemon(true);
    return t;
  });
  private final CoordinatorHttp http;

  /**
   * @param leaderChanged told (previous, current replica index) of every change, in order, on
   *     the coordinator's own thread
   */
  public Coordinator(LeaderElection election, BiConsumer<OptionalInt, OptionalInt> leaderChanged) {
    this.pods = new PodTable(election.deadAfter().toNanos());
    this.leaderChanged = leaderChanged;
    this.http = CoordinatorHttp.start(this);
    long sweep = election.sweep().toNanos();
    sweeper.scheduleWithFixedDelay(this::sweepNow, sweep, sweep, TimeUnit.NANOSECONDS);
  }

  /** Where replicas reach it. */
  public URI uri() {
    return http.uri();
  }

  /**
   * Called once every replica is up: the first leader is then the lowest index, not the fastest
   * JVM. Returns once that first change has been delivered, so that listeners added afterwards
   * only ever see later changes.
   */
  public void openElections() {
    synchronized (this) {
      publish(pods.openElections());
    }
    try {
      sweeper.submit(() -> { }).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("coordinator did not deliver the first election: " + e, e);
    }
  }

  public synchronized LeaderView leader() {
    return pods.leader().map(p -> new LeaderView(p.replica, p.id, pods.term())).orElse(LeaderView.NONE);
  }

  public synchronized QueueSnapshot queue() {
    return steps.snapshot(pod -> pods.replicaOf(pod).orElse(-1));
  }

  synchronized LeaderView heartbeat(String podId, int replica) {
    publish(pods.heartbeat(podId, replica, System.nanoTime()));
    return leader();
  }

  synchronized long submit() {
    return steps.submit();
  }

  /** Empty when the pod has been declared dead: it must heartbeat before it may work again. */
  synchronized Optional<List<Long>> claim(String podId, int max) {
    return pods.isDead(podId) ? Optional.empty() : Optional.of(steps.claim(podId, max));
  }

  synchronized boolean complete(long stepId, String podId) {
    return steps.complete(stepId, podId);
  }

  /** Requeues the steps of dead pods; empty when the caller is not the leader. */
  synchronized OptionalInt recover(String podId) {
    return pods.isLeader(podId) ? OptionalInt.of(steps.requeue(pods::isDead)) : OptionalInt.empty();
  }

  private synchronized void sweepNow() {
    publish(pods.sweep(System.nanoTime()));
  }

  /** Queued while the lock is held, so listeners see changes in the order they happened. */
  private void publish(Optional<PodTable.Change> change) {
    change.ifPresent(c -> {
      try {
        sweeper.execute(() -> leaderChanged.accept(c.previous(), c.current()));
      } catch (RejectedExecutionException e) {
        // Closing: nobody is listening any more.
      }
    });
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
    http.close();
  }
}
