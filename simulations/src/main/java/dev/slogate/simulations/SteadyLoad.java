package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The default run: an open model at a constant rate after a warm-up that ramps up to it, judged on the steady phase.
 *
 * <p>{@code slogate.rate} (arrivals/s, default 200), {@code slogate.warmup} (10s), {@code slogate.duration}
 * (30s), {@code slogate.cooldown} (2s), {@code slogate.requests} (the request mix).
 */
public class SteadyLoad extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final double rate = options.rate();
  private final LoadPlan plan = slogate.plan(
      warmUp(rate).during(options.warmUp()),
      steady(rate).during(options.steady()),
      coolDown(rate).during(options.coolDown()));
  private final ScenarioBuilder steadyLoad = scenario("steady load").exec(options.requests());

  {
    setUp(steadyLoad.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
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
