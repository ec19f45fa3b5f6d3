package dev.slogate.benchmarks.internal.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine's load lock, held while one Gatling JVM runs, so that a long trial and other people's short load
 * tests take turns run by run instead of one holding the machine for an hour or both loading it at once.
 *
 * <p>The lock is {@code flock(1)}'s, the one the shell users take ({@code flock /tmp/slogate-load.lock ...}).
 * Java's {@code FileChannel.lock} takes a POSIX record lock, which on Linux does not exclude {@code flock(2)}, so
 * the lock is held by a {@code flock} process of our own that runs {@code cat}: closing its input ends it and
 * releases the lock, and so does this JVM's death, since the pipe closes with it.
 *
 * <p>Taken only when {@value #PROPERTY} names a lock file ({@code benchmarks/cold-start/run.sh} sets it); otherwise
 * {@link #acquire()} holds nothing, so CI's benchmark tests run as before.
 */
public final class LoadLock implements AutoCloseable {

  /** The system property naming the lock file. */
  public static final String PROPERTY = "bench.loadLock";

  private static final String HELD = "held";

  private final Process holder;

  private LoadLock(Process holder) {
    this.holder = holder;
  }

  /** Waits for the lock {@value #PROPERTY} names and holds it; holds nothing when the property is unset. */
  public static LoadLock acquire() throws IOException {
    Optional<String> file = Optional.ofNullable(System.getProperty(PROPERTY)).filter(f -> !f.isBlank());
    return file.isPresent() ? acquire(Path.of(file.get())) : new LoadLock(null);
  }

  /** Waits for {@code file}'s {@code flock} lock and holds it until {@link #close()}. */
  public static LoadLock acquire(Path file) throws IOException {
    Process holder = new ProcessBuilder("flock", "-x", file.toString(), "sh", "-c", "echo " + HELD + "; exec cat")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    ProcessTree.stopOnExit(holder);
    BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!HELD.equals(line)) {
      ProcessTree.stop(holder, Duration.ofSeconds(2));
      throw new IOException("could not take the load lock " + file + " (flock said " + line + ")");
    }
    return new LoadLock(holder);
  }

  /** Whether this holds a lock (false when no lock file was named). */
  public boolean held() {
    return holder != null && holder.isAlive();
  }

  /** Releases the lock; idempotent. */
  @Override
  public void close() {
    if (holder == null) {
      return;
    }
    try {
      holder.getOutputStream().close();
      if (!holder.waitFor(5, TimeUnit.SECONDS)) {
        ProcessTree.stop(holder, Duration.ofSeconds(2));
      }
    } catch (IOException e) {
      ProcessTree.stop(holder, Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ProcessTree.stop(holder, Duration.ofSeconds(2));
    }
  }
}
