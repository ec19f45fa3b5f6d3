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
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * KECS: its ECS-compatible {@code /v1/} API with a JWT bearer token, plus the health endpoints, as an open
 * model over warm-up, steady and cool-down, judged against the {@code kecs} catalog; under faults (one of
 * three replicas killed) the same mix at the same rate.
 *
 * <p>The token comes from {@code SLOGATE_KECS_TOKEN} or the file named by {@code SLOGATE_KECS_TOKEN_FILE}
 * and is never printed; against the embedded stand-in without one, a generated unsigned token is used and
 * the console says so. KECS documents no request rate: slogate assumes 1,000 req/s for a production control
 * plane ({@code slogate.kecs.rate}) and a local run divides it by {@code slogate.scale} (default 10, the
 * factor by which the {@code kecs} stand-in also runs HAProxy's check timings faster), so 100 req/s. The
 * guide names only the {@code /v1/} prefix; the paths are those of the {@code kecs} stand-in. Mix:
 * {@code /v1/} 70% (list clusters 25%, describe one 15%, its services 10%, its tasks 10%, run a task 10%),
 * {@code GET /health} 15%, {@code GET /health/ready} 15% (on the API port, as HAProxy checks it; the guide also
 * serves them on the admin port 8081). The health shares are large so that the probe-timeout objectives' p99
 * has the 299 samples it needs within a 30 s steady phase at 100 req/s.
 */
final class Kecs implements SystemWorkload {

  @Override
  public String name() {
    return "kecs";
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    SeedScale scale = SeedScale.read(context, SeedDefaults.KECS_SCALE);
    double rate = scale.rate(options.kecsRate());
    KecsToken token = KecsToken.resolve(System.getenv(), context.target().embedded());
    context.announce("no documented request rate; slogate assumes %.0f req/s %s = %.0f req/s; /v1/ token from %s",
        options.kecsRate(), scale.describe(), rate, token.origin());
    return Workload.of(scenario("kecs api").exec(mix(token)), SeedShapes.steady(options, rate, SeedDefaults.KECS_STEADY))
        .scaledDownBy(scale.factor());
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.KECS_SCALE);
    KecsToken token = KecsToken.resolve(System.getenv(), context.target().embedded());
    return new FaultLoad(mix(token), scale.rate(SimulationOptions.of(context.settings()).kecsRate()), "the steady rate");
  }

  private static ChainBuilder mix(KecsToken token) {
    String bearer = "Bearer " + token.value();
    return WeightedMix.of()
        .add(25, api(http("GET /v1/clusters").get("/v1/clusters"), bearer))
        .add(15, api(http("GET /v1/clusters/{cluster}").get(s -> "/v1/clusters/" + cluster()), bearer))
        .add(10, api(http("GET /v1/clusters/{cluster}/services").get(s -> "/v1/clusters/" + cluster() + "/services"), bearer))
        .add(10, api(http("GET /v1/clusters/{cluster}/tasks").get(s -> "/v1/clusters/" + cluster() + "/tasks"), bearer))
        .add(10, api(http("POST /v1/clusters/{cluster}/tasks").post(s -> "/v1/clusters/" + cluster() + "/tasks")
            .body(StringBody("{\"taskDefinition\":\"web:1\",\"count\":1}")).asJson(), bearer))
        .add(15, http("GET /health").get("/health"))
        .add(15, http("GET /health/ready").get("/health/ready"))
        .chain();
  }

  private static HttpRequestActionBuilder api(HttpRequestActionBuilder request, String bearer) {
    return request.header("Authorization", bearer);
  }

  private static String cluster() {
    return "cluster-" + ThreadLocalRandom.current().nextInt(1, 20);
  }
}
