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
 * FLEET-Q: step submissions plus the admin endpoints operators and Prometheus poll, as an open model over
 * warm-up, steady and cool-down, judged against the {@code fleet-q} catalog; under faults (the leader killed,
 * twice) the same mix at the same rate, which keeps every pod working steps when its leader dies.
 *
 * <p>The guide documents {@code /health}, {@code /admin/leader} and {@code /admin/queue} but no submission
 * endpoint ("Test step submission and processing"); {@code POST /api/steps} is the {@code fleet-q}
 * stand-in's, slogate's choice. No request rate is documented: 40 req/s is slogate's choice
 * ({@code slogate.fleetq.rate}; {@code slogate.scale} defaults to 1: the catalog has no rate to scale). Mix:
 * submissions 30% (12 steps/s, half of what three pods of 16 claims each finish at a 2 s median step),
 * {@code GET /admin/queue} 15%, {@code GET /admin/leader} 15%, {@code GET /health} 40% (so that the probe
 * timeouts' p99 has its 299 samples in a 30 s steady phase).
 */
final class FleetQ implements SystemWorkload {

  @Override
  public String name() {
    return "fleet-q";
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    SeedScale scale = SeedScale.read(context, SeedDefaults.FLEET_Q_SCALE);
    double rate = scale.rate(options.fleetQRate());
    context.announce("no documented request rate; %.0f req/s is slogate's choice %s", rate, scale.describe());
    return Workload.of(scenario("fleet-q").exec(mix()), SeedShapes.steady(options, rate))
        .scaledDownBy(scale.factor());
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.FLEET_Q_SCALE);
    return new FaultLoad(mix(), scale.rate(SimulationOptions.of(context.settings()).fleetQRate()),
        "the steady rate, so that every pod holds steps when it dies");
  }

  private static ChainBuilder mix() {
    return WeightedMix.of()
        .add(30, http("POST /api/steps").post("/api/steps")
            .body(StringBody(s -> "{\"task\":\"step-" + ThreadLocalRandom.current().nextInt(1_000_000) + "\"}"))
            .asJson())
        .add(15, http("GET /admin/queue").get("/admin/queue"))
        .add(15, http("GET /admin/leader").get("/admin/leader"))
        .add(40, http("GET /health").get("/health"))
        .chain();
  }
}
