package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.FaultKind;
import java.time.Instant;
import java.util.Optional;

/**
 * pod-failure on a local process: SIGSTOP, so that it keeps its sockets but answers nothing, as a paused
 * container does; SIGCONT ends it. Confirmed when {@code /proc/<pid>/stat} shows state {@code T}.
 */
final class StoppedProcess extends ProcessFault {

  StoppedProcess(LocalProcess process, Context context) {
    super(process, context);
  }

  @Override
  String kindId() {
    return FaultKind.POD_FAILURE.id();
  }

  @Override
  String verb() {
    return "stop";
  }

  /** Started before SIGSTOP, so that there is no moment at which the process is stopped with nothing to resume it. */
  @Override
  Optional<ProcessIdentity> watchdog() {
    return Optional.of(ResumeWatchdog.start(identity, context.duration().plus(ResumeWatchdog.GRACE)));
  }

  @Override
  void signal() {
    identity.sigstop();
  }

  @Override
  boolean confirmed() {
    if (identity.isGone()) {
      throw new ChaosException(process.describe() + " exited while it was being stopped");
    }
    return identity.isStopped();
  }

  @Override
  void undo() {
    resume();
  }

  @Override
  Ended end(boolean shuttingDown) {
    Instant requestedAt = context.clock().instant();
    // "No longer stopped" is not "recovered": a process killed while it was stopped (or whose pid now names a newer
    // process) is no longer stopped either. It is checked by pid and start time, so a reused pid counts as dead.
    if (identity.isGone()) {
      forget();
      return new Ended(requestedAt, context.clock().instant(),
          Optional.of(process.describe() + " died while it was stopped"));
    }
    resume();
    return new Ended(requestedAt, context.clock().instant());
  }

  /** SIGCONT until {@code /proc} no longer shows it stopped; the state-file entry goes only then. */
  private void resume() {
    if (identity.isStopped()) {
      identity.sigcont();
      if (!ProcessIdentity.await(() -> !identity.isStopped(), context.options().confirmTimeout())) {
        throw new ChaosException(process.describe() + " is still stopped after SIGCONT; resume it with 'kill -CONT "
            + identity.pid() + "'");
      }
    }
    forget();
  }
}
