package dev.slogate.benchmarks.failover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A known outage: SIGSTOP a process (it keeps its sockets and answers nothing), later SIGCONT it. Each signal
 * counts as delivered when Linux shows the process stopped (state {@code T} in {@code /proc/<pid>/stat}), or
 * running again; those two moments bound the outage to about a millisecond. Java cannot send either signal,
 * so {@code kill} does.
 */
final class ProcessPause {

  private static final long CONFIRM_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final long pid;

  ProcessPause(long pid) {
    this.pid = pid;
  }

  /** Stops the process; returns the epoch millisecond at which it was seen stopped. */
  long stop() throws IOException, InterruptedException {
    signal("-STOP");
    return awaitState(true);
  }

  /** Resumes the process; returns the epoch millisecond at which it was seen running again. */
  long resume() throws IOException, InterruptedException {
    signal("-CONT");
    return awaitState(false);
  }

  /** Resumes it if it is stopped: for cleanup, never leaves a process frozen. */
  void ensureRunning() {
    try {
      if (Files.exists(Path.of("/proc", Long.toString(pid))) && isStopped()) {
        signal("-CONT");
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("failover: could not resume pid " + pid + ": " + e.getMessage());
    }
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder(List.of("kill", signal, Long.toString(pid))).redirectErrorStream(true).start();
    if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      kill.destroyForcibly();
      throw new IllegalStateException("kill " + signal + " " + pid + " failed: "
          + new String(kill.getInputStream().readAllBytes()).trim());
    }
  }

  private long awaitState(boolean stopped) throws IOException {
    long deadline = System.nanoTime() + CONFIRM_TIMEOUT_NANOS;
    while (isStopped() != stopped) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("pid " + pid + " was not seen " + (stopped ? "stopped" : "running") + " within 5 s");
      }
      Thread.onSpinWait();
    }
    return System.currentTimeMillis();
  }

  private boolean isStopped() throws IOException {
    String stat;
    try {
      // /proc files report a size of 0: read all bytes as a stream.
      stat = new String(Files.newInputStream(Path.of("/proc", Long.toString(pid), "stat")).readAllBytes());
    } catch (NoSuchFileException gone) {
      throw new IllegalStateException("pid " + pid + " is gone");
    }
    char state = stat.charAt(stat.lastIndexOf(')') + 2);
    return state == 'T' || state == 't';
  }
}
