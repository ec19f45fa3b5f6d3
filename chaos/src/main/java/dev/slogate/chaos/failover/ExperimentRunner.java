package dev.slogate.chaos.failover;

import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.probe.Prober;
import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ProbeSample;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs an experiment's schedule against a backend while a prober watches the target: waits for each
 * injection's offset, injects, holds the fault for its duration (or until an abort condition holds),
 * takes it off, keeps watching until the recovery rule is met or {@code within} has passed, and measures.
 * Prints a console line at each step.
 *
 * <p>A fault is always taken off: normally with {@link FaultBackend#recover}, and with
 * {@link FaultBackend#abort} when an abort condition holds, the thread is interrupted or anything throws.
 * Not thread-safe: one runner runs one experiment at a time; {@link #faults()} may be read from any thread.
 */
public final class ExperimentRunner {

  /** How often abort conditions and the recovery rule are looked at. */
  static final Duration POLL = Duration.ofMillis(25);

  private final FaultBackend backend;
  private final RunContext run;
  private final ChaosConsole console;
  private final Clock clock;
  private final List<FaultRun> faults = new ArrayList<>();

  public ExperimentRunner(FaultBackend backend, RunContext run, ChaosConsole console) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.run = Objects.requireNonNull(run, "run");
    this.console = Objects.requireNonNull(console, "console");
    this.clock = run.clock();
  }

  /**
   * Runs every repetition of {@code experiment}. Repetition {@code i} starts at its planned offset from
   * {@code scheduleStartMillis}, but never before the previous one was taken off plus the spacing, nor
   * before its observation ended.
   *
   * @param prober already probing the experiment's probe path on the target
   * @return this experiment's faults
   * @throws InterruptedException when interrupted; the fault in place was aborted and measured first
   */
  public List<FaultRun> run(ExperimentSpec experiment, Prober prober, long scheduleStartMillis)
      throws InterruptedException {
    List<Duration> offsets = experiment.schedule().startOffsets(experiment.duration());
    List<FaultRun> mine = new ArrayList<>();
    long notBefore = Long.MIN_VALUE;
    for (int i = 0; i < offsets.size(); i++) {
      sleepUntil(Math.max(scheduleStartMillis + offsets.get(i).toMillis(), notBefore));
      FaultRun fault = once(experiment, i + 1, offsets.size() > 1, prober);
      mine.add(fault);
      notBefore = Math.max(fault.recovery().recoveredAt().toEpochMilli() + experiment.schedule().spacing().toMillis(),
          fault.observation().windowEndMillis());
    }
    return List.copyOf(mine);
  }

  /** Every fault run so far, of every experiment this runner ran. */
  public List<FaultRun> faults() {
    synchronized (faults) {
      return List.copyOf(faults);
    }
  }

  /** The timeline of every fault so far, with {@code kos} counting each window's failed requests. */
  public ChaosTimeline timeline(List<ProbeSample> probes, KoCounter kos) {
    return new ChaosTimeline(faults().stream().map(f -> f.toWindow(kos)).toList(), probes);
  }

  private FaultRun once(ExperimentSpec experiment, int number, boolean numbered, Prober prober)
      throws InterruptedException {
    String name = experiment.name() + " #" + number;
    FaultHandle handle = backend.inject(aimed(experiment, prober.samples()), run);
    FaultInjection injection = handle.injection();
    console.injected(name, injection);
    console.confirmed(name, injection);
    AbortMonitor monitor = new AbortMonitor(experiment.abort());
    Optional<AbortMonitor.Breach> breach = Optional.empty();
    boolean held = false;
    FaultRecovery recovery = null;
    InterruptedException interrupted = null;
    try {
      breach = hold(injection.injectedAt().toEpochMilli() + experiment.duration().toMillis(), monitor, prober);
      held = breach.isEmpty();
    } catch (InterruptedException e) {
      interrupted = e;
    } finally {
      recovery = held ? backend.recover(handle) : backend.abort(handle);
    }
    if (recovery.targetLost().isPresent()) {
      console.lost(name, recovery);
    } else if (breach.isPresent()) {
      console.aborted(name, recovery, breach.get().describe());
    } else if (interrupted != null) {
      console.aborted(name, recovery, "the run is ending");
    } else {
      console.recovered(name, recovery);
    }
    long injectedAt = injection.injectedAt().toEpochMilli();
    Predicate<ProbeSample> recovered = RecoveredProbe.after(prober.spec(), prober.samples(), injectedAt);
    long windowEnd = interrupted != null ? clock.millis()
        : awaitRecoveryRule(experiment, injection, recovery, prober, recovered);
    FaultObservation observation = new FaultObservation(injection.injectedAt().toEpochMilli(),
        recovery.targetLost().isPresent() ? null : recovery.recoveredAt().toEpochMilli(), windowEnd, experiment.recovery().consecutiveSuccesses(),
        experiment.recovery().within());
    String fault = injection.kind().id() + " " + injection.resource() + (numbered ? " #" + number : "");
    FaultMeasurement measurement = FailoverMeter.measure(observation, prober.samplesSince(
        injectedAt - prober.spec().timeout().toMillis() - 1_000), recovered);
    // Probes through a balancer may well succeed on the other replicas; the one that died still did not recover,
    // and the failover objective judges that as it judges a target that never failed over.
    FaultRun result = new FaultRun(experiment.name(), number, fault, injection, recovery, breach, observation,
        recovery.targetLost().isPresent() ? measurement.withoutRecovery() : measurement);
    synchronized (faults) {
      faults.add(result);
    }
    console.measured(result);
    if (interrupted != null) {
      throw interrupted;
    }
    return result;
  }

  /**
   * The experiment with its pod named, for a target that takes its pod from the probe (the leader, as the
   * target itself reports it just before the injection).
   *
   * @throws ChaosException when the probe has not read a value yet
   */
  static ExperimentSpec aimed(ExperimentSpec experiment, List<ProbeSample> samples) {
    if (!(experiment.target() instanceof KubernetesTarget target) || !target.podFromProbe()) {
      return experiment;
    }
    for (int i = samples.size() - 1; i >= 0; i--) {
      ProbeSample sample = samples.get(i);
      if (sample.ok() && sample.observed() != null) {
        return experiment.withTarget(target.withPod(sample.observed()));
      }
    }
    throw new ChaosException("Experiment " + experiment.name() + " breaks the pod its probe names, and GET "
        + experiment.probe().path() + " has not named one yet (" + samples.size() + " probes so far).");
  }

  /** Holds the fault until {@code untilMillis}; returns the abort condition that held first, if any. */
  private Optional<AbortMonitor.Breach> hold(long untilMillis, AbortMonitor monitor, Prober prober)
      throws InterruptedException {
    long now;
    while ((now = clock.millis()) < untilMillis) {
      Optional<AbortMonitor.Breach> breach = monitor.check(prober.samples(), now);
      if (breach.isPresent()) {
        return breach;
      }
      Thread.sleep(Math.min(POLL.toMillis(), untilMillis - now));
    }
    return Optional.empty();
  }

  /**
   * After the fault is off: waits until the last N probes sent since then all show the target recovered, or until
   * {@code within} from the injection has passed (a later failover would not count anyway).
   *
   * @return the end of the fault's observation window
   */
  private long awaitRecoveryRule(ExperimentSpec experiment, FaultInjection injection, FaultRecovery recovery,
      Prober prober, Predicate<ProbeSample> recovered) throws InterruptedException {
    int n = experiment.recovery().consecutiveSuccesses();
    long since = recovery.recoveredAt().toEpochMilli();
    long deadline = Math.max(injection.injectedAt().toEpochMilli() + experiment.recovery().within().toMillis(), since);
    while (true) {
      long now = clock.millis();
      List<ProbeSample> after = prober.samplesSince(since);
      boolean met = after.size() >= n && after.subList(after.size() - n, after.size()).stream().allMatch(recovered);
      if (met || now >= deadline || !prober.isRunning()) {
        return now;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private void sleepUntil(long epochMillis) throws InterruptedException {
    long now;
    while ((now = clock.millis()) < epochMillis) {
      Thread.sleep(Math.min(POLL.toMillis() * 4, epochMillis - now));
    }
  }
}
