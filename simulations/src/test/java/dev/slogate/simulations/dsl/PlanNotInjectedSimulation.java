package dev.slogate.simulations.dsl;

import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.LoadPlan;
import dev.slogate.simulations.SlogateRun;
import io.gatling.javaapi.core.Simulation;

/** A mistake the run refuses: slogate planned one load, and Gatling was given another. */
public class PlanNotInjectedSimulation extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final LoadPlan plan = slogate.plan(steady(10).during(2));

  {
    setUp(scenario("own injection").exec(http("GET /api/fast").get("/api/fast"))
        .injectOpen(constantUsersPerSec(20).during(2)))
        .protocols(slogate.http());
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
