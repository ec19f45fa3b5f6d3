package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * SEI Platform: an open model at the documented 10,000 req/s divided by {@code slogate.scale} (default 50),
 * planned 5% above it (210 req/s by default) so that reaching the documented throughput can be shown with
 * confidence, over warm-up, steady and cool-down, judged on steady against the {@code sei-platform} catalog.
 * Under faults (the blue-green switch, stood in for by a rolling restart) the same mix at the same rate.
 *
 * <p>The guide documents the frontend ({@code /}) and the CDN path ({@code /static}) but no API path; the
 * {@code /api/v1/} requests are those of the {@code sei-platform} stand-in. Mix: 80% API (projects list
 * 25%, one project 25%, its metrics 20%, event ingest 10%), 10% {@code GET /}, 10% {@code GET /static/{asset}}.
 */
final class Sei implements SystemWorkload {

  @Override
  public String name() {
    return "sei-platform";
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.SEI_SCALE);
    double rate = rate(scale);
    context.announce("documented throughput 10,000 req/s %s = %.1f req/s, planned at %.1f req/s (5%% above)",
        scale.describe(), scale.rate(SeedDefaults.SEI_RATE), rate);
    return Workload.of(scenario("sei api").exec(mix()), SeedShapes.steady(SimulationOptions.of(context.settings()), rate))
        .scaledDownBy(scale.factor());
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.SEI_SCALE);
    return new FaultLoad(mix(), rate(scale), "the documented throughput, as in steady");
  }

  private static double rate(SeedScale scale) {
    return scale.rate(SeedDefaults.SEI_RATE) * SeedDefaults.THROUGHPUT_HEADROOM;
  }

  private static ChainBuilder mix() {
    return WeightedMix.of()
        .add(25, http("GET /api/v1/projects").get("/api/v1/projects"))
        .add(25, http("GET /api/v1/projects/{id}").get(s -> "/api/v1/projects/" + project()))
        .add(20, http("GET /api/v1/projects/{id}/metrics").get(s -> "/api/v1/projects/" + project() + "/metrics"))
        .add(10, http("POST /api/v1/events").post("/api/v1/events")
            .body(StringBody(s -> "{\"project\":" + project() + ",\"type\":\"commit\"}")).asJson())
        .add(10, http("GET /").get("/"))
        .add(10, http("GET /static/{asset}").get(s -> "/static/app-" + (project() % 20) + ".js"))
        .chain();
  }

  private static int project() {
    return ThreadLocalRandom.current().nextInt(1, 1_000);
  }
}
