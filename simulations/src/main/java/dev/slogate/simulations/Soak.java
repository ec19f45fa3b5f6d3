package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A long steady run, to find what only time shows: leaks, growing queues, slow drift. Default 10 minutes at
 * {@code slogate.rate}; {@code slogate.duration} sets the length.
 */
public class Soak extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final double rate = options.rate();
  private final LoadPlan plan = slogate.plan(
      warmUp(rate).during(options.warmUp()),
      steady(rate).during(options.steady(Defaults.SOAK)),
      coolDown(rate).during(options.coolDown()));
  private final ScenarioBuilder soak = scenario("soak").exec(options.requests());

  {
    setUp(soak.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
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
