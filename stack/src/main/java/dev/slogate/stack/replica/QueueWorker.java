package dev.slogate.stack.replica;

import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.WorkQueue;
import dev.slogate.stack.coordination.LeaderView;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a pod of a leader-electing queue does in the background: heartbeat, claim steps up to its
 * capacity, work each for a drawn duration and complete it, and, while it is the leader, run the
 * recovery that requeues the steps of dead pods. All on one thread; a coordinator call that
 * fails is simply tried again on the next tick, as a pod retries a flaky table.
 */
final class QueueWorker implements AutoCloseable {

  private static final Duration FIRST_HEARTBEAT_TIMEOUT = Duration.ofSeconds(5);

  private final CoordinatorClient coordinator;
  private final LeaderElection election;
  private final WorkQueue queue;
  private final LatencySampler stepDuration;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "queue-worker");
    t.setDaemon(true);
    return t;
  });
  /** Touched only on the worker thread. */
  private int inFlight;
  private boolean claiming;
  private volatile LeaderView lastView = new LeaderView(null, null, 0);

  /** @param queue null when the profile elects a leader but has no queue */
  QueueWorker(CoordinatorClient coordinator, LeaderElection election, WorkQueue queue) {
    this.coordinator = coordinator;
    this.election = election;
    this.queue = queue;
    this.stepDuration = queue == null ? null : LatencySampler.of(queue.stepDuration());
  }

  /**
   * Sends the first heartbeat before the replica reports itself listening, so the parent's table
   * knows every pod by the time the stack is up; then starts the schedules.
   */
  void start() {
    try {
      lastView = coordinator.heartbeat().get(FIRST_HEARTBEAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
      System.err.println("replica: first heartbeat failed (" + e.getMessage() + "); retrying on schedule");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    every(election.heartbeat(), this::heartbeat);
    if (queue != null) {
      every(queue.claimInterval(), this::claim);
      every(queue.recoveryInterval(), this::recover);
    }
  }

  /** This pod's latest knowledge of who leads, from its last heartbeat. */
  LeaderView lastView() {
    return lastView;
  }

  private void every(Duration period, Runnable task) {
    long nanos = period.toNanos();
    thread.scheduleWithFixedDelay(task, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  private void heartbeat() {
    coordinator.heartbeat().thenAccept(view -> lastView = view);
  }

  private void claim() {
    int room = queue.claimLimit() - inFlight;
    if (room <= 0 || claiming) {
      return;
    }
    claiming = true;
    coordinator.claim(room).whenCompleteAsync((ids, error) -> {
      claiming = false;
      if (ids != null) {
        ids.forEach(this::work);
      }
    }, thread);
  }

  private void work(long step) {
    inFlight++;
    thread.schedule(() -> finish(step), stepDuration.sampleNanos(ThreadLocalRandom.current()), TimeUnit.NANOSECONDS);
  }

  /** A completion that did not reach the table is sent again; a refused one is final. */
  private void finish(long step) {
    coordinator.complete(step).whenCompleteAsync((accepted, error) -> {
      if (error != null) {
        thread.schedule(() -> finish(step), queue.claimInterval().toNanos(), TimeUnit.NANOSECONDS);
      } else {
        inFlight--;
      }
    }, thread);
  }

  private void recover() {
    if (lastView.isLeader(coordinator.pod())) {
      coordinator.recover();
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
