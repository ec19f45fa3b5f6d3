package dev.slogate.simulations.chaos;

import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.simulations.Settings;
import dev.slogate.simulations.internal.chaos.ChaosBackends;
import dev.slogate.simulations.internal.chaos.ChaosSession;
import dev.slogate.simulations.internal.chaos.ChaosSettings;
import dev.slogate.simulations.internal.chaos.FaultPlan;
import dev.slogate.simulations.internal.chaos.FirstArrival;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.internal.target.Target;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.stack.RunningStack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chaos part of a run, from its settings to its timeline: which experiments, where they fall in the load
 * plan (a lead-in at steady load, then one fault phase covering every injection, then recovery), the backend
 * that injects them, and the session that runs them while Gatling drives load.
 *
 * <p>Used by {@link dev.slogate.simulations.FailoverUnderLoad} (warm-up, then the chaos stage) and by
 * {@link dev.slogate.simulations.Readiness} (a system's documented workload, then the chaos stage). Read and
 * checked when the simulation is built, so that a bad experiment file fails before any load starts.
 */
public final class ChaosStage {

  /**
   * The names of the stage's three phases. Names are unique within a run plan, and a system's documented
   * workload may already have a phase called {@code steady} or {@code recovery}.
   */
  public record PhaseNames(String leadIn, String fault, String recovery) {

    /** A run that is nothing but the chaos stage after its warm-up. */
    public static final PhaseNames ALONE = new PhaseNames("steady", "fault", "recovery");

    /** A chaos stage that follows a documented workload. */
    public static final PhaseNames AFTER_WORKLOAD = new PhaseNames("pre-fault", "fault", "post-fault");
  }

  /** The local backend's state file, in the output folder that every run of a project shares. */
  public static final String STATE_FILE = "chaos-state.json";

  private final ChaosSettings settings;
  private final FaultPlan plan;
  private final FaultBackend backend;
  private ChaosSession session;

  private ChaosStage(ChaosSettings settings, FaultBackend backend) {
    this.settings = settings;
    this.plan = FaultPlan.of(settings.experiments());
    this.backend = backend;
  }

  /**
   * Reads the {@code slogate.experiment} and {@code slogate.chaos.*} properties and makes the backend.
   *
   * @param defaultExperiments the experiments when {@code slogate.experiment} is not set, comma-separated
   * @param stack the embedded stack once it runs (empty against an external target)
   * @param stateFile where the local backend records the faults it has in place
   * @throws IllegalArgumentException for a bad setting or experiment, with a one-line message
   */
  public static ChaosStage prepare(Settings properties, String defaultExperiments, Target target,
      Supplier<Optional<RunningStack>> stack, Path stateFile) {
    ChaosSettings settings = ChaosSettings.read(properties, defaultExperiments);
    return new ChaosStage(settings, ChaosBackends.create(settings, target.embedded(), stack, stateFile));
  }

  /**
   * What every run does first, chaos or not: resumes what a run that died during a pod-failure left stopped
   * (according to the local state file in {@code outputFolder}) and says so in one line. A process that cannot be
   * resumed is named in one line too; the run goes on, since its target may be another.
   */
  public static void sweepAtStart(Path outputFolder, String runId) {
    try {
      LocalProcessBackend.sweepAtStart(outputFolder.resolve(STATE_FILE), runId, System.out);
    } catch (RuntimeException e) {
      System.out.println("slogate chaos: warning: " + e.getMessage());
    }
  }

  /**
   * Checks each experiment's target against what runs now (the replica exists, the pid runs and may be signalled),
   * so that a bad experiment ends the run before any load. Call it once the embedded stack, if any, has started.
   *
   * @throws RuntimeException in one sentence when an experiment cannot be injected
   */
  public void checkTargets() {
    if (backend instanceof LocalProcessBackend local) {
      settings.experiments().forEach(local::checkTargets);
    }
  }

  /** Appends the stage's phases to {@code shape}, all at {@code rate}: a fault changes the target, not the load. */
  public LoadShape extend(LoadShape shape, double rate, PhaseNames names) {
    LoadShape extended = shape;
    if (plan.steady().isZero()) {
      System.out.println("slogate chaos: the first experiment starts at once (schedule.offset 0s): there is no"
          + " " + names.leadIn() + " phase before it");
    } else {
      extended = extended.constant(names.leadIn(), PhaseKind.STEADY, rate, plan.steady());
    }
    return extended.constant(names.fault(), PhaseKind.FAULT, rate, plan.fault())
        .constant(names.recovery(), PhaseKind.RECOVERY, rate, settings.recovery());
  }

  /** The experiments' names, in the order they run. */
  public String experiments() {
    return String.join(", ", settings.experiments().stream().map(e -> e.name()).toList());
  }

  /**
   * Starts the experiments on their own thread; they wait for the load to reach the stage.
   *
   * @param runId the run the faults belong to (Chaos Mesh resources carry it)
   * @param originMillis the run's start, from which console lines count
   * @param arrival the first arrival of the population that carries the stage
   * @param leadInStart from that first arrival to the stage's first phase
   * @param runLength no prober outlives this plus a margin
   * @param target where the probes go
   */
  public void start(String runId, long originMillis, FirstArrival arrival, Duration leadInStart, Duration runLength,
      Target target) {
    session = new ChaosSession(settings, backend, target.baseUrl(), System.out);
    session.start(new RunContext(runId, false, Clock.systemUTC()), originMillis,
        arrival.at().thenApply(first -> first + leadInStart.toMillis()), plan, runLength.plusMinutes(3));
  }

  /** Waits for the experiments (cutting them short after a grace period) and takes off every fault in place. */
  public void finish() {
    if (session != null) {
      session.finish();
    } else {
      backend.close();
    }
  }

  /** Whether {@link #start} ran: only then is there a timeline to judge. */
  public boolean started() {
    return session != null;
  }

  /** The faults and probes, with the load's failed requests in each fault's window. */
  public ChaosTimeline timeline(RunRecord record) {
    return session.timeline(record);
  }
}
