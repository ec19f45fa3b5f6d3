package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.FaultSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * rolling-restart on local replicas, as a Deployment's rolling update with maxUnavailable 1 and maxSurge 0:
 * for each replica in order, drain it ({@link LocalTargets#drain}), wait the drain delay, SIGTERM it
 * (SIGKILL after the grace period), start its replacement ({@link LocalTargets#restart}) and wait until
 * that is in rotation ({@link LocalTargets#awaitReady}) before the next one. So at most one replica is ever
 * out of rotation, and none is stopped while the balancer still sends it requests.
 *
 * <p>The roll runs on its own thread: {@link #start()} returns once the first replica is drained (the
 * injection, confirmed), the rest goes on under the load, and {@link #end} waits for the last replacement
 * to be in rotation (the recovery). Nothing is written to the state file: a roll stops nothing, and the
 * replicas die with the JVM that runs them.
 */
final class RollingRestarter {

  /** After SIGKILL, how long the process may take to be gone. */
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);

  private final List<LocalProcess> order;
  private final FaultSpec.RollingRestart spec;
  private final LocalTargets targets;
  private final Clock clock;
  private final Duration stepTimeout;
  private final CompletableFuture<Instant> firstDrained = new CompletableFuture<>();
  private final CompletableFuture<Instant> finished = new CompletableFuture<>();
  private final List<LocalProcess> replacements = new CopyOnWriteArrayList<>();
  private volatile boolean stopping;
  private Thread thread;

  /**
   * @param stepTimeout how long each wait of one replica's step may take (drain, replacement, readiness)
   */
  RollingRestarter(List<LocalProcess> order, FaultSpec.RollingRestart spec, LocalTargets targets, Clock clock,
      Duration stepTimeout) {
    this.order = List.copyOf(order);
    this.spec = spec;
    this.targets = targets;
    this.clock = clock;
    this.stepTimeout = stepTimeout;
  }

  /**
   * Starts the roll and returns once the first replica is out of rotation.
   *
   * @return when that was seen
   * @throws ChaosException when the first drain failed (the roll is then over)
   */
  Instant start() {
    thread = new Thread(this::roll, "slogate-rolling-restart");
    thread.setDaemon(true);
    thread.start();
    return await(firstDrained, stepTimeout.plus(stepTimeout), "drain " + order.get(0).describe());
  }

  /**
   * Ends the roll: a recovery lets it finish, an abort lets only the replica in progress finish (never
   * leaving one drained or missing), a JVM shutdown stops at once.
   *
   * @return when ending was asked for, and when the last replacement was in rotation
   */
  ProcessFault.Ended end(boolean abort, boolean shuttingDown) {
    Instant requestedAt = clock.instant();
    stopping = abort || shuttingDown;
    if (shuttingDown) {
      thread.interrupt();
      return new ProcessFault.Ended(requestedAt, requestedAt);
    }
    // Every remaining step may take its waits in full, plus the drain delay and the grace period.
    Duration perStep = stepTimeout.multipliedBy(3).plus(spec.drain()).plus(spec.gracePeriod()).plus(KILL_TIMEOUT);
    Instant done = await(finished, perStep.multipliedBy(order.size()), "the rolling restart");
    return new ProcessFault.Ended(requestedAt, done);
  }

  /** The replacements started so far, in order. */
  List<LocalProcess> replacements() {
    return List.copyOf(replacements);
  }

  private void roll() {
    try {
      for (int i = 0; i < order.size() && !stopping; i++) {
        LocalProcess process = order.get(i);
        targets.drain(process);
        if (i == 0) {
          firstDrained.complete(clock.instant());
        }
        Thread.sleep(spec.drain().toMillis());
        stop(process);
        LocalProcess replacement = targets.restart(process);
        targets.awaitReady(replacement);
        replacements.add(replacement);
      }
      finished.complete(clock.instant());
    } catch (InterruptedException e) {
      ChaosException stopped = new ChaosException("the rolling restart was interrupted after "
          + replacements.size() + " of " + order.size() + " replicas");
      firstDrained.completeExceptionally(stopped);
      finished.completeExceptionally(stopped);
    } catch (RuntimeException e) {
      firstDrained.completeExceptionally(e);
      finished.completeExceptionally(e);
    }
  }

  /** SIGTERM, then SIGKILL when the grace period is over, as a kubelet stops a container. */
  private void stop(LocalProcess process) {
    ProcessIdentity identity = ProcessIdentity.of(process.pid()).orElse(null);
    if (identity == null) {
      return;
    }
    identity.sigterm();
    if (ProcessIdentity.await(identity::isGone, spec.gracePeriod())) {
      return;
    }
    identity.sigkill();
    if (!ProcessIdentity.await(identity::isGone, KILL_TIMEOUT)) {
      throw new ChaosException(process.describe() + " was still running " + KILL_TIMEOUT.toSeconds()
          + " s after SIGKILL");
    }
  }

  private static Instant await(CompletableFuture<Instant> step, Duration timeout, String what) {
    try {
      return step.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ChaosException chaos) {
        throw chaos;
      }
      throw new ChaosException("rolling-restart failed: " + cause, cause);
    } catch (TimeoutException e) {
      throw new ChaosException(what + " did not finish within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChaosException("interrupted while waiting for " + what, e);
    }
  }
}
