package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One fault on one process: what {@link LocalProcessBackend} applies per selected target. Applying writes
 * the state file first, then signals, then waits until {@code /proc} shows the signal took effect; a
 * failure on the way takes back whatever was done.
 */
abstract sealed class ProcessFault permits StoppedProcess, KilledProcess {

  /**
   * When ending was asked for, and when the process was confirmed back; {@code lost} says what did not come back
   * when the process died during the fault instead.
   */
  record Ended(Instant requestedAt, Instant recoveredAt, Optional<String> lost) {
    Ended(Instant requestedAt, Instant recoveredAt) {
      this(requestedAt, recoveredAt, Optional.empty());
    }
  }

  /** Shared by the faults of one injection. */
  record Context(String runId, String experiment, Duration duration, FaultLedger ledger, Clock clock,
      LocalBackendOptions options) {}

  protected final LocalProcess process;
  protected final Context context;
  protected ProcessIdentity identity;
  protected LedgerEntry entry;
  private Instant signalledAt;
  private Instant confirmedAt;

  protected ProcessFault(LocalProcess process, Context context) {
    this.process = process;
    this.context = context;
  }

  /** Applies the fault and returns once it is confirmed. */
  final void apply() {
    identity = ProcessIdentity.of(process.pid()).orElseThrow(() ->
        new ChaosException(process.describe() + " is not running, so there is nothing to " + verb()));
    Optional<ProcessIdentity> watchdog = watchdog();
    entry = new LedgerEntry(context.runId(), context.experiment(), kindId(), process.name(), identity.pid(),
        identity.startTicks(), Owner.IDENTITY.pid(), Owner.IDENTITY.startTicks(),
        context.clock().instant().toString(), watchdog.map(ProcessIdentity::pid).orElse(0L),
        watchdog.map(ProcessIdentity::startTicks).orElse(0L));
    // Written before the signal: if this JVM dies right after it, the next sweep knows what to repair.
    context.ledger().add(entry);
    signalledAt = context.clock().instant();
    try {
      signal();
    } catch (RuntimeException e) {
      forgetQuietly(e);
      throw e;
    }
    boolean confirmed;
    try {
      confirmed = ProcessIdentity.await(this::confirmed, context.options().confirmTimeout());
    } catch (RuntimeException e) {
      forgetQuietly(e);
      throw e;
    }
    if (!confirmed) {
      ChaosException failure = new ChaosException(process.describe() + " did not show the " + kindId()
          + " within " + context.options().confirmTimeout().toMillis() + " ms (state "
          + identity.stat().map(s -> String.valueOf(s.state())).orElse("gone") + ")");
      try {
        undo();
      } catch (RuntimeException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
    confirmedAt = context.clock().instant();
    afterConfirmed();
  }

  /** What bounds the fault if this JVM dies before it ends it; started before the signal. None by default. */
  Optional<ProcessIdentity> watchdog() {
    return Optional.empty();
  }

  /** Ends the fault; at JVM shutdown only what must not outlive the JVM is done (no restarts). */
  abstract Ended end(boolean shuttingDown);

  abstract String kindId();

  /** {@code kill}, {@code stop}: for messages. */
  abstract String verb();

  /** Sends the signal. */
  abstract void signal();

  /** True once {@code /proc} shows the signal took effect. */
  abstract boolean confirmed();

  /** Called once the fault is confirmed, e.g. to schedule a restart. */
  void afterConfirmed() {}

  /** Takes back a signal that was sent but never confirmed. */
  abstract void undo();

  Instant signalledAt() {
    return signalledAt;
  }

  Instant confirmedAt() {
    return confirmedAt;
  }

  LocalProcess process() {
    return process;
  }

  protected void forget() {
    context.ledger().remove(entry);
    entry.stopWatchdog();
  }

  private void forgetQuietly(RuntimeException cause) {
    try {
      forget();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** This JVM, as the state file names the owner of a fault. */
  static final class Owner {
    static final ProcessIdentity IDENTITY = ProcessIdentity.of(ProcessHandle.current().pid())
        .orElseGet(() -> new ProcessIdentity(ProcessHandle.current().pid(), 0));

    private Owner() {}
  }
}
