package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.load.Workload;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SEI Platform: an open model at the documented 10,000 req/s divided by {@code slogate.scale} (default 50,
 * so 200 req/s), over warm-up, steady and cool-down, judged on steady against the {@code sei-platform}
 * catalog.
 *
 * <p>The guide documents the frontend ({@code /}) and the CDN path ({@code /static}) but no API path; the
 * {@code /api/v1/} requests are those of the {@code sei-platform} stand-in. Mix: 80% API (projects list
 * 25%, one project 25%, its metrics 20%, event ingest 10%), 10% {@code GET /}, 10% {@code GET /static/{asset}}.
 */
public class SeiLoad extends SeedSimulation {

  public SeiLoad() {
    declare(() -> {
      SeedScale scale = scale(SeedDefaults.SEI_SCALE);
      double rate = scale.rate(SeedDefaults.SEI_RATE);
      announce("documented throughput 10,000 req/s %s = %.0f req/s", scale.describe(), rate);
      WeightedMix mix = WeightedMix.of()
          .add(25, http("GET /api/v1/projects").get("/api/v1/projects"))
          .add(25, http("GET /api/v1/projects/{id}").get(s -> "/api/v1/projects/" + project()))
          .add(20, http("GET /api/v1/projects/{id}/metrics").get(s -> "/api/v1/projects/" + project() + "/metrics"))
          .add(10, http("POST /api/v1/events").post("/api/v1/events")
              .body(StringBody(s -> "{\"project\":" + project() + ",\"type\":\"commit\"}")).asJson())
          .add(10, http("GET /").get("/"))
          .add(10, http("GET /static/{asset}").get(s -> "/static/app-" + (project() % 20) + ".js"));
      return Workload.of(scenario("sei api").exec(mix.chain()), steadyShape(rate)).scaledDownBy(scale.factor());
    });
  }

  private static int project() {
    return ThreadLocalRandom.current().nextInt(1, 1_000);
  }

  @Override
  protected String system() {
    return "sei-platform";
  }
}
