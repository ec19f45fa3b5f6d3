package dev.slogate.benchmarks.internal.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a slogate simulation started its load, seen from outside its JVM: its {@code before()} hook writes
 * {@code plan.json} right before Gatling injects the first user, so the file's time stamp marks the start
 * to within a few milliseconds. Truth taken during a run (the stack's replicas) is timed from here.
 */
public final class RunStart {

  private RunStart() {}

  /** Epoch millis of the plan's modification, waiting for it up to {@code timeout}. */
  public static long await(Path slogateOutput, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() - deadline < 0) {
      Optional<Path> plan = find(slogateOutput);
      if (plan.isPresent()) {
        return Files.getLastModifiedTime(plan.get()).toMillis();
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("no plan.json under " + slogateOutput + " within " + timeout.toSeconds() + " s");
  }

  private static Optional<Path> find(Path slogateOutput) throws IOException {
    if (!Files.isDirectory(slogateOutput)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(slogateOutput)) {
      return runs.map(run -> run.resolve("plan.json")).filter(Files::isRegularFile).findFirst();
    }
  }

  /** Sleeps until the epoch millisecond {@code at}; returns at once when it has passed. */
  public static void sleepUntil(long at) throws InterruptedException {
    long wait = at - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}
