package dev.slogate.stack.process;

import dev.slogate.stack.StackException;
import dev.slogate.stack.replica.ReplicaConfig;
import dev.slogate.stack.replica.ReplicaMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One replica as an operating-system process, seen from its parent: started with its
 * configuration on stdin, listening once it has printed its port, stopped by closing stdin, killed
 * with SIGKILL. The parent keeps stdin open for the replica's whole life; that pipe is how the
 * replica knows its parent is alive.
 */
public final class ReplicaProcess {

  private static final int KEPT_OUTPUT_LINES = 20;

  private final int index;
  private final Process process;
  private final OutputStream stdin;
  private final CompletableFuture<URI> listening = new CompletableFuture<>();
  private final Deque<String> lastLines = new ArrayDeque<>();

  private ReplicaProcess(int index, Process process) {
    this.index = index;
    this.process = process;
    this.stdin = process.getOutputStream();
  }

  /** Starts the process and sends its configuration; returns without waiting for it to listen. */
  public static ReplicaProcess launch(JavaCommand java, ReplicaConfig config) {
    ProcessBuilder builder = new ProcessBuilder(java.command(ReplicaMain.class.getName()))
        .redirectErrorStream(true);
    ReplicaProcess replica;
    try {
      replica = new ReplicaProcess(config.index(), builder.start());
      replica.stdin.write((config.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
      replica.stdin.flush();
    } catch (IOException e) {
      throw new StackException("cannot start replica " + config.index() + ": " + e.getMessage(), e);
    }
    Thread reader = new Thread(replica::readOutput, "replica-" + config.index() + "-output");
    reader.setDaemon(true);
    reader.start();
    return replica;
  }

  public int index() {
    return index;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the replica's port; fails with the replica's last output if it dies first. */
  public URI awaitListening(Duration timeout) {
    try {
      return listening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new StackException("replica " + index + " (pid " + pid() + ") did not listen within "
          + timeout.toMillis() + " ms" + output());
    } catch (ExecutionException e) {
      throw (StackException) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while starting replica " + index);
    }
  }

  /** SIGKILL, then wait (bounded) until the process has really gone. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(10));
  }

  /** Asks the replica to leave by closing its stdin; returns at once. */
  public void requestStop() {
    try {
      stdin.close();
    } catch (IOException e) {
      // Already closed: the replica has the end-of-file it needs.
    }
  }

  /** Waits for the exit {@link #requestStop()} asked for; kills the process after {@code grace}. */
  public void awaitStopped(Duration grace) {
    if (!awaitExit(grace)) {
      kill();
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private void readOutput() {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!listening.isDone() && line.startsWith(ReplicaMain.LISTENING_PREFIX)) {
          int port = Integer.parseInt(line.substring(ReplicaMain.LISTENING_PREFIX.length()).trim());
          listening.complete(URI.create("http://127.0.0.1:" + port));
        } else {
          remember(line);
          System.err.println("[replica " + index + "] " + line);
        }
      }
    } catch (IOException | RuntimeException e) {
      remember("(output unreadable: " + e.getMessage() + ")");
    }
    if (!listening.isDone()) {
      awaitExit(Duration.ofSeconds(2));
      String code = process.isAlive() ? "closed its output" : "exited with code " + process.exitValue();
      listening.completeExceptionally(new StackException(
          "replica " + index + " (pid " + pid() + ") " + code + " before listening" + output()));
    }
  }

  private synchronized void remember(String line) {
    if (lastLines.size() == KEPT_OUTPUT_LINES) {
      lastLines.removeFirst();
    }
    lastLines.addLast(line);
  }

  private synchronized String output() {
    return lastLines.isEmpty() ? "" : "; its last output: " + String.join(" | ", lastLines);
  }
}
