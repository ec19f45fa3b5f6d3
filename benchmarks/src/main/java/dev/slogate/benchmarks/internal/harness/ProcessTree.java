package dev.slogate.benchmarks.internal.harness;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a process we started together with everything it started (a Gatling JVM, nginx's worker), first
 * politely and then by force, so that no benchmark leaves a process behind.
 */
public final class ProcessTree {

  private ProcessTree() {}

  /** SIGTERM to the process and its descendants, SIGKILL to whatever still runs after {@code grace}. */
  public static void stop(Process process, Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Stops {@code process} when this JVM exits, however it exits short of SIGKILL. */
  public static void stopOnExit(Process process) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (process.isAlive()) {
        stop(process, Duration.ofSeconds(2));
      }
    }, "benchmark-cleanup-" + process.pid()));
  }
}
