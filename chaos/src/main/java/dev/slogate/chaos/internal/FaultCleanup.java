package dev.slogate.chaos.internal;

import dev.slogate.chaos.RunContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What a fault backend does so that no fault outlives its run, written once for both backends:
 * <ul>
 *   <li>the first real injection of a run sweeps what earlier runs left behind, once per run (a failed sweep is
 *       tried again by the next injection, never skipped);</li>
 *   <li>from then on a JVM shutdown hook ends what is still in place;</li>
 *   <li>{@link #close} ends everything and only then stops watching for shutdown, so that what it could not end
 *       is tried once more when the JVM exits;</li>
 *   <li>{@link #endEach} ends every fault even when one fails: one stuck fault must not leave the others on.</li>
 * </ul>
 * Thread-safe.
 */
public final class FaultCleanup {

  private static final System.Logger LOG = System.getLogger(FaultCleanup.class.getName());

  private final Map<String, Boolean> sweptRuns = new ConcurrentHashMap<>();
  private final Thread shutdownHook;
  private volatile boolean hookInstalled;

  /**
   * @param hookName the name of the shutdown hook's thread
   * @param onShutdown ends what is still in place when the JVM exits; what it throws is logged, since nothing
   *     else could hear of it
   */
  public FaultCleanup(String hookName, Runnable onShutdown) {
    this.shutdownHook = new Thread(() -> {
      try {
        onShutdown.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, e.getMessage());
        for (Throwable more : e.getSuppressed()) {
          LOG.log(System.Logger.Level.ERROR, more.getMessage());
        }
      }
    }, hookName);
  }

  /**
   * Before a real (not dry-run) injection: sweeps with {@code sweep} if this is the run's first injection, then
   * watches for JVM shutdown.
   *
   * @throws RuntimeException what the sweep threw; the run is swept again by its next injection
   */
  public void beforeInjection(RunContext run, Consumer<RunContext> sweep) {
    if (sweptRuns.putIfAbsent(run.runId(), Boolean.TRUE) == null) {
      try {
        sweep.accept(run);
      } catch (RuntimeException e) {
        sweptRuns.remove(run.runId());
        throw e;
      }
    }
    if (!hookInstalled) {
      synchronized (this) {
        if (!hookInstalled) {
          Runtime.getRuntime().addShutdownHook(shutdownHook);
          hookInstalled = true;
        }
      }
    }
  }

  /** Runs {@code endAll}; once it has ended everything without failing, stops watching for JVM shutdown. */
  public void close(Runnable endAll) {
    endAll.run();
    synchronized (this) {
      if (hookInstalled) {
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running or about to; it finds nothing left to do.
        }
        hookInstalled = false;
      }
    }
  }

  /**
   * Applies {@code end} to every item, even when some fail, then throws the first failure with the others
   * suppressed.
   */
  public static <T> void endEach(Collection<? extends T> items, Consumer<? super T> end) {
    List<RuntimeException> failures = new ArrayList<>();
    for (T item : List.copyOf(items)) {
      try {
        end.accept(item);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  /** The hook that runs at JVM shutdown, for tests that play a shutdown. */
  public Thread shutdownHook() {
    return shutdownHook;
  }
}
