package dev.slogate.simulations.internal.chaos;

import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.failover.ChaosConsole;
import dev.slogate.chaos.failover.ExperimentRunner;
import dev.slogate.chaos.failover.FaultRun;
import dev.slogate.chaos.failover.KoCounter;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.probe.Prober;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.slo.record.RunRecord;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The chaos side of a load run: on its own thread, while Gatling drives load, it runs the experiments one
 * after the other, each watched by its own prober; at the end it takes off whatever is left and turns what
 * it measured into the run's {@link ChaosTimeline}.
 */
public final class ChaosSession {

  /** Injections land this long after their planned instant, so none falls into the last steady second. */
  static final Duration MARGIN = Duration.ofMillis(100);
  /** After Gatling is done, how long the experiments may take to finish before they are cut short. */
  static final Duration FINISH_GRACE = Duration.ofSeconds(15);

  private final ChaosSettings settings;
  private final FaultBackend backend;
  private final URI target;
  private final PrintStream out;
  private final List<Prober> probers = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private volatile ExperimentRunner runner;
  private ChaosConsole console;
  private Thread thread;

  public ChaosSession(ChaosSettings settings, FaultBackend backend, URI target, PrintStream out) {
    this.settings = settings;
    this.backend = backend;
    this.target = target;
    this.out = out;
  }

  /**
   * Starts the experiments' thread.
   *
   * @param run the run the faults belong to
   * @param originMillis the run's start, from which console lines count
   * @param steadyStart completes with the start of the phase the experiments' offsets count from, once the load
   *     has really reached it
   * @param plan where the experiments fall
   * @param maxRun no prober outlives this
   */
  public void start(RunContext run, long originMillis, CompletableFuture<Long> steadyStart, FaultPlan plan,
      Duration maxRun) {
    console = new ChaosConsole(out, originMillis);
    runner = new ExperimentRunner(backend, run, console);
    if (backend instanceof LocalProcessBackend local) {
      // Says what it repaired itself, in one line.
      local.sweep(run);
    }
    thread = new Thread(() -> runAll(run, steadyStart, plan, maxRun), "slogate-chaos");
    thread.setDaemon(true);
    thread.start();
  }

  private void runAll(RunContext run, CompletableFuture<Long> steadyStart, FaultPlan plan, Duration maxRun) {
    List<ExperimentSpec> experiments = settings.experiments();
    try {
      long steadyStartMillis;
      try {
        steadyStartMillis = steadyStart.get(maxRun.toMillis(), TimeUnit.MILLISECONDS) + MARGIN.toMillis();
      } catch (ExecutionException | TimeoutException e) {
        out.println("slogate chaos: the load never reached the fault stage, so no fault was injected");
        return;
      }
      for (int i = 0; i < experiments.size(); i++) {
        ExperimentSpec experiment = experiments.get(i);
        Prober prober = Prober.start(target, experiment.probe(), run.clock(), maxRun);
        probers.add(prober);
        long scheduleStart = Math.max(steadyStartMillis + plan.scheduleStarts().get(i).toMillis(),
            run.clock().millis());
        try {
          runner.run(experiment, prober, scheduleStart);
        } finally {
          prober.stop();
        }
      }
    } catch (InterruptedException e) {
      out.println("slogate chaos: the load ended before the experiments did; any fault in place was taken off");
    } catch (RuntimeException e) {
      errors.add(e.getMessage());
      out.println("slogate chaos: error: " + e.getMessage());
    }
  }

  /**
   * Waits for the experiments (cutting them short after a grace period), then takes off every fault still
   * in place. Call it while the target still runs.
   */
  public void finish() {
    try {
      if (thread != null) {
        thread.join(FINISH_GRACE.toMillis());
        if (thread.isAlive()) {
          thread.interrupt();
          thread.join(FINISH_GRACE.toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      probers.forEach(Prober::stop);
      backend.close();
    }
  }

  /** What was measured, as value types: every fault with the load's KOs in its window, and every probe. */
  public ChaosTimeline timeline(RunRecord record) {
    List<ProbeSample> samples = new ArrayList<>();
    probers.forEach(p -> samples.addAll(p.samples()));
    KoCounter kos = KoCounter.of(record);
    ExperimentRunner ran = runner;
    List<FaultRun> faults = ran == null ? List.of() : ran.faults();
    for (FaultRun fault : faults) {
      console.summary(fault, fault.toWindow(kos).gatlingKoInWindow());
    }
    if (faults.isEmpty()) {
      out.println("slogate chaos: no fault was injected" + (errors.isEmpty() ? "" : " (" + errors.get(0) + ")"));
    }
    return ran == null ? new ChaosTimeline(List.of(), samples) : ran.timeline(samples, kos);
  }

  /** Errors that stopped the experiments, in order. */
  public List<String> errors() {
    return List.copyOf(errors);
  }
}
