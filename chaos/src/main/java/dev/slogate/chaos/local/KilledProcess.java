package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.FaultKind;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * pod-kill on a local process: SIGKILL, confirmed when the process is gone (no {@code /proc} entry, or a
 * zombie, which has already closed its sockets). When the process fills a replica slot and
 * {@link LocalTargets} can restart it, a replacement starts after the restart delay, as a Deployment
 * replaces a killed pod; ending the fault earlier starts it at once.
 */
final class KilledProcess extends ProcessFault {

  private final ScheduledExecutorService restarts;
  private ScheduledFuture<Instant> restart;
  private volatile Instant restartRequestedAt;

  KilledProcess(LocalProcess process, Context context, ScheduledExecutorService restarts) {
    super(process, context);
    this.restarts = restarts;
  }

  @Override
  String kindId() {
    return FaultKind.POD_KILL.id();
  }

  @Override
  String verb() {
    return "kill";
  }

  @Override
  void signal() {
    identity.sigkill();
  }

  @Override
  boolean confirmed() {
    return identity.isGone();
  }

  @Override
  void undo() {
    // A kill cannot be taken back; the entry is all there is to clean.
    forget();
  }

  @Override
  void afterConfirmed() {
    if (restartable()) {
      long delay = context.options().restartDelay().toNanos();
      restart = restarts.schedule(this::replace, delay, TimeUnit.NANOSECONDS);
    }
  }

  private boolean restartable() {
    return process.slot().isPresent() && context.options().targets().isPresent();
  }

  private Instant replace() {
    restartRequestedAt = context.clock().instant();
    context.options().targets().orElseThrow().restart(process);
    return context.clock().instant();
  }

  @Override
  Ended end(boolean shuttingDown) {
    Instant requestedAt = context.clock().instant();
    try {
      if (restart == null) {
        return new Ended(requestedAt, requestedAt);
      }
      if (shuttingDown) {
        // Whatever ran the replica is going down with this JVM: a replacement would only be orphaned.
        restart.cancel(false);
        return new Ended(requestedAt, requestedAt);
      }
      if (restart.cancel(false)) {
        return new Ended(requestedAt, replace());
      }
      Instant restarted = awaitRestart();
      return new Ended(restartRequestedAt == null ? requestedAt : restartRequestedAt, restarted);
    } finally {
      forget();
    }
  }

  private Instant awaitRestart() {
    try {
      return restart.get(context.options().restartTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ChaosException chaos) {
        throw chaos;
      }
      throw new ChaosException("could not restart " + process.name() + ": " + cause, cause);
    } catch (TimeoutException e) {
      throw new ChaosException(process.name() + " was not restarted within "
          + context.options().restartTimeout().toSeconds() + " s");
    } catch (CancellationException e) {
      throw new ChaosException("the restart of " + process.name() + " was cancelled");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChaosException("interrupted while waiting for " + process.name() + " to restart", e);
    }
  }
}
