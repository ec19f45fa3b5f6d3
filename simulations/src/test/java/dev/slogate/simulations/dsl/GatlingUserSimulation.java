package dev.slogate.simulations.dsl;

import static dev.slogate.simulations.SlogateDsl.closed;
import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.LoadPlan;
import dev.slogate.simulations.SlogateRun;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A simulation as a Gatling user writes it with slogate: Gatling's own scenarios and {@code setUp(...)}, slogate's
 * phases for the injection, and the run hook in {@code before()}/{@code after()}. An open-model population, then
 * a closed-model one.
 */
public class GatlingUserSimulation extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final LoadPlan browsing = slogate.plan(
      warmUp(40).during(1),
      steady(40).during(Duration.ofSeconds(4)),
      coolDown(40).during(1));
  private final LoadPlan sessions = browsing.then(closed("sessions", 4).during(2));

  private final ScenarioBuilder browse = scenario("browse").exec(http("GET /api/fast").get("/api/fast"));
  private final ScenarioBuilder session = scenario("session")
      .exec(http("GET /api/items").get("/api/items"))
      .pause(Duration.ofMillis(100));

  {
    setUp(browse.injectOpen(browsing.open()), session.injectClosed(sessions.closed()))
        .protocols(slogate.http())
        .maxDuration(slogate.maxDuration());
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
