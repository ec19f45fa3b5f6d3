package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.warmUp;

import dev.slogate.simulations.internal.chaos.ChaosSettings;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Failover under load: a constant open-model load while chaos experiments break the target, judged with the
 * chaos timeline, so that failover objectives get their verdict.
 *
 * <p>Phases: {@code warm-up}, {@code steady} (until the first injection), {@code fault} (every injection),
 * {@code recovery} and {@code cool-down}, all at the same planned rate: a fault changes what the target
 * does, not what the injector was asked to send.
 *
 * <p>By default it kills replica 0 of the embedded reference stack ({@code kill-one-replica}) with the
 * local backend, which replaces it like a Deployment would. Properties: {@code slogate.experiment} (bundled
 * name or file; several, comma-separated, run one after the other), {@code slogate.chaos.backend}
 * ({@code local} or {@code chaos-mesh}), {@code slogate.chaos.namespaces} (Chaos Mesh allow-list),
 * {@code slogate.chaos.restartDelay} (5s), {@code slogate.chaos.recovery} (5s), and the usual
 * {@code slogate.rate} (200), {@code slogate.warmup} (10s), {@code slogate.cooldown} (2s),
 * {@code slogate.requests}. The timeline is kept as {@code chaos-timeline.json} in the run folder. A seed
 * system's readiness run (its documented workload, then its catalog's experiments) is {@link Readiness}.
 */
public class FailoverUnderLoad extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final FaultStage faults = slogate.faults(() -> ChaosSettings.DEFAULT_EXPERIMENT);
  private final double rate = options.rate();
  private final LoadPlan plan = slogate.plan(
      warmUp(rate).during(options.warmUp()),
      faults.phases(rate),
      coolDown(rate).during(options.coolDown()));
  private final ScenarioBuilder failover = faults.scenario("failover under load").exec(options.requests());

  {
    setUp(failover.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
  }

  @Override
  public void before() {
    slogate.before();
  }

  @Override
  public void after() {
    slogate.after();
  }
}
