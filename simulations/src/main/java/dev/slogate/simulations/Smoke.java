package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** A few requests to see that the target answers at all: 5 users/s for 10 s, judged as steady. */
public class Smoke extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final LoadPlan plan = slogate.plan(steady(options.rate(5)).during(options.steady(Duration.ofSeconds(10))));
  private final ScenarioBuilder smoke = scenario("smoke").exec(options.requests());

  {
    setUp(smoke.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
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
