package dev.slogate.simulations;

import dev.slogate.simulations.internal.chaos.ChaosSettings;
import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.internal.chaos.FirstArrival;
import dev.slogate.simulations.load.OpenPhases;
import dev.slogate.simulations.internal.target.Target;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.record.RunRecord;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The chaos stage of a simulation, as the DSL writes it: the scenario of the population that carries it, and its
 * phases in that population's plan.
 *
 * <pre>{@code
 * FaultStage faults = slogate.faults(() -> "kill-one-replica");
 * ScenarioBuilder scn = faults.scenario("failover under load").exec(...);
 * LoadPlan plan = slogate.plan(warmUp(200).during(10), faults.phases(200), coolDown(200).during(2));
 * }</pre>
 *
 * <p>The faults are timed from the first arrival of that population, which {@link #scenario} marks before anything
 * else the scenario does, and start where {@link #phases} falls in its plan. {@code before()} refuses a stage
 * whose scenario or phases are missing. The experiments and their backend are read when the stage is made, so
 * that a bad experiment fails before any load starts.
 */
public final class FaultStage {

  private final SlogateRun run;
  /** Null once the run has a problem: nothing is injected then. */
  private final ChaosStage chaos;
  private final FirstArrival arrival = new FirstArrival();
  private boolean scenarioMade;
  private Duration leadInAfterArrival;

  private FaultStage(SlogateRun run, ChaosStage chaos) {
    this.run = run;
    this.chaos = chaos;
  }

  static FaultStage prepare(SlogateRun run, Supplier<String> defaultExperiments) {
    ChaosStage chaos = null;
    if (!run.failed()) {
      try {
        String experiments = run.settings().get(ChaosSettings.EXPERIMENT).orElseGet(defaultExperiments);
        chaos = ChaosStage.prepare(run.settings(), experiments, run.target(), run::runningStack,
            run.outputFolder().resolve(ChaosStage.STATE_FILE));
      } catch (RuntimeException e) {
        run.problem(e);
      }
    }
    return new FaultStage(run, chaos);
  }

  /**
   * Gatling's {@code scenario(name)} for the population that carries the stage, its first step marking the first
   * arrival: the faults are timed from it, however late Gatling starts injecting.
   */
  public ScenarioBuilder scenario(String name) {
    scenarioMade = true;
    return CoreDsl.scenario(name).exec(arrival.mark());
  }

  /**
   * The stage's phases, all at {@code usersPerSecond}: {@code steady} until the first injection, {@code fault}
   * over every injection, then {@code recovery}. A fault changes the target, not the load.
   */
  public OpenPhases phases(double usersPerSecond) {
    return phases(usersPerSecond, ChaosStage.PhaseNames.ALONE);
  }

  /** As {@link #phases(double)}, with other names: a stage after a documented workload whose names it must not take. */
  public OpenPhases phases(double usersPerSecond, ChaosStage.PhaseNames names) {
    return shape -> {
      if (chaos == null) {
        return shape;
      }
      leadInAfterArrival = shape.duration();
      return chaos.extend(shape, usersPerSecond, names);
    };
  }

  /** The experiments' names, in the order they run. */
  public String experiments() {
    return chaos == null ? "" : chaos.experiments();
  }

  /** Refuses a stage that cannot be timed: one without its scenario or without its phases. */
  void check() {
    if (chaos == null) {
      return;
    }
    if (!scenarioMade) {
      run.problem(new IllegalStateException("the chaos stage's population must begin with faults.scenario(name), "
          + "which marks its first arrival"));
    } else if (leadInAfterArrival == null) {
      run.problem(new IllegalStateException("the chaos stage has no phases: put faults.phases(rate) in the plan"));
    }
  }

  /** Checks the experiments' targets against what runs now; see {@link ChaosStage#checkTargets()}. */
  void checkTargets() {
    if (chaos != null) {
      chaos.checkTargets();
    }
  }

  void start(String runId, long originMillis, Duration runLength, Target target) {
    chaos.start(runId, originMillis, arrival, leadInAfterArrival, runLength, target);
  }

  /** Waits for the experiments and takes off every fault in place. */
  void finish() {
    if (chaos != null) {
      chaos.finish();
    }
  }

  boolean started() {
    return chaos != null && chaos.started();
  }

  ChaosTimeline timeline(RunRecord record) {
    return chaos.timeline(record);
  }
}
