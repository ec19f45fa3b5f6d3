package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One process, named by pid and start time so that a signal never reaches a process that merely reuses
 * the pid, and the signals the local backend sends it.
 *
 * <p>SIGKILL goes through {@link ProcessHandle#destroyForcibly()}. Java cannot send SIGSTOP or SIGCONT, so
 * those run {@code kill -STOP|-CONT <pid>}.
 *
 * @param pid the process id
 * @param startTicks its start time, clock ticks since boot ({@link ProcStat})
 */
record ProcessIdentity(long pid, long startTicks) {

  private static final Duration KILL_COMMAND_TIMEOUT = Duration.ofSeconds(5);
  private static final long POLL_NANOS = 1_000_000;

  /** The process running under {@code pid} now, or empty when there is none (or it has exited). */
  static Optional<ProcessIdentity> of(long pid) {
    return ProcStat.read(pid).filter(s -> !s.exited()).map(s -> new ProcessIdentity(pid, s.startTicks()));
  }

  /** This process as it is now; empty when it is gone and its pid is free or taken by another process. */
  Optional<ProcStat> stat() {
    return ProcStat.read(pid).filter(s -> s.startTicks() == startTicks);
  }

  boolean isGone() {
    return stat().map(ProcStat::exited).orElse(true);
  }

  boolean isStopped() {
    return stat().map(ProcStat::stopped).orElse(false);
  }

  void sigkill() {
    if (stat().isEmpty()) {
      return;
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  /** SIGTERM ({@code ProcessHandle.destroy}), the polite stop a kubelet sends first. */
  void sigterm() {
    if (stat().isEmpty()) {
      return;
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
  }

  void sigstop() {
    signal("-STOP");
  }

  void sigcont() {
    signal("-CONT");
  }

  private void signal(String signal) {
    if (stat().isEmpty()) {
      throw new ChaosException("pid " + pid + " is gone, so it cannot be sent " + signal.substring(1));
    }
    List<String> command = List.of("kill", signal, Long.toString(pid));
    try {
      Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!kill.waitFor(KILL_COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        kill.destroyForcibly();
        throw new ChaosException("'" + String.join(" ", command) + "' did not finish within "
            + KILL_COMMAND_TIMEOUT.toSeconds() + " s");
      }
      if (kill.exitValue() != 0) {
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        throw new ChaosException("'" + String.join(" ", command) + "' failed (exit " + kill.exitValue() + ")"
            + (output.isEmpty() ? "" : ": " + output));
      }
    } catch (IOException e) {
      throw new ChaosException("could not run '" + String.join(" ", command) + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChaosException("interrupted while sending " + signal.substring(1) + " to pid " + pid, e);
    }
  }

  /** Polls {@code condition} every millisecond; true when it held within {@code timeout}. */
  static boolean await(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      LockSupport.parkNanos(POLL_NANOS);
    }
    return true;
  }
}
