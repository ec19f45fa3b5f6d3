package dev.slogate.simulations.dsl;

import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.FaultStage;
import dev.slogate.simulations.LoadPlan;
import dev.slogate.simulations.SlogateRun;
import io.gatling.javaapi.core.Simulation;

/** A mistake the run refuses: a chaos stage whose population was not built with faults.scenario(name). */
public class UnmarkedFaultStageSimulation extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final FaultStage faults = slogate.faults(() -> "kill-one-replica");
  private final LoadPlan plan = slogate.plan(warmUp(10).during(1), faults.phases(10));

  {
    setUp(scenario("unmarked").exec(http("GET /api/fast").get("/api/fast")).injectOpen(plan.open()))
        .protocols(slogate.http()).maxDuration(slogate.maxDuration());
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
