package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.load.Workload;
import java.util.concurrent.ThreadLocalRandom;

/**
 * FLEET-Q: step submissions plus the admin endpoints operators and Prometheus poll, as an open model over
 * warm-up, steady and cool-down, judged against the {@code fleet-q} catalog.
 *
 * <p>The guide documents {@code /health}, {@code /admin/leader} and {@code /admin/queue} but no submission
 * endpoint ("Test step submission and processing"); {@code POST /api/steps} is the {@code fleet-q}
 * stand-in's, slogate's choice. No request rate is documented: 20 req/s is slogate's choice
 * ({@code slogate.fleetq.rate}; {@code slogate.scale} defaults to 1). Mix: submissions 60%,
 * {@code GET /admin/queue} 20%, {@code GET /admin/leader} 15%, {@code GET /health} 5%.
 */
public class FleetQLoad extends SeedSimulation {

  public FleetQLoad() {
    declare(() -> {
      SeedScale scale = scale(SeedDefaults.FLEET_Q_SCALE);
      double rate = scale.rate(settings.rate("slogate.fleetq.rate", SeedDefaults.FLEET_Q_RATE));
      announce("no documented request rate; %.0f req/s is slogate's choice %s", rate, scale.describe());
      WeightedMix mix = WeightedMix.of()
          .add(60, http("POST /api/steps").post("/api/steps")
              .body(StringBody(s -> "{\"task\":\"step-" + ThreadLocalRandom.current().nextInt(1_000_000) + "\"}"))
              .asJson())
          .add(20, http("GET /admin/queue").get("/admin/queue"))
          .add(15, http("GET /admin/leader").get("/admin/leader"))
          .add(5, http("GET /health").get("/health"));
      return Workload.of(scenario("fleet-q").exec(mix.chain()), steadyShape(rate)).scaledDownBy(scale.factor());
    });
  }

  @Override
  protected String system() {
    return "fleet-q";
  }
}
