package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.load.Workload;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * KECS: its ECS-compatible {@code /v1/} API with a JWT bearer token, plus the health endpoints, as an open
 * model over warm-up, steady and cool-down, judged against the {@code kecs} catalog.
 *
 * <p>The token comes from {@code SLOGATE_KECS_TOKEN} or the file named by {@code SLOGATE_KECS_TOKEN_FILE}
 * and is never printed; against the embedded stand-in without one, a generated unsigned token is used and
 * the console says so. KECS documents no request rate: 60 req/s is slogate's choice ({@code slogate.scale}
 * defaults to 1; {@code slogate.kecs.rate} changes the rate). The guide names only the {@code /v1/} prefix;
 * the paths are those of the {@code kecs} stand-in. Mix: {@code /v1/} 90% (list clusters 30%, describe one
 * 20%, its services 15%, its tasks 15%, run a task 10%), {@code GET /health} 5%, {@code GET /health/ready} 5%
 * (on the API port, as HAProxy checks it; the guide also serves them on the admin port 8081).
 */
public class KecsLoad extends SeedSimulation {

  public KecsLoad() {
    declare(() -> {
      SeedScale scale = scale(SeedDefaults.KECS_SCALE);
      double rate = scale.rate(settings.rate("slogate.kecs.rate", SeedDefaults.KECS_RATE));
      KecsToken token = KecsToken.resolve(System.getenv(), target.embedded());
      announce("no documented request rate; %.0f req/s is slogate's choice %s; /v1/ token from %s",
          rate, scale.describe(), token.origin());
      String bearer = "Bearer " + token.value();
      WeightedMix mix = WeightedMix.of()
          .add(30, api(http("GET /v1/clusters").get("/v1/clusters"), bearer))
          .add(20, api(http("GET /v1/clusters/{cluster}").get(s -> "/v1/clusters/" + cluster()), bearer))
          .add(15, api(http("GET /v1/clusters/{cluster}/services").get(s -> "/v1/clusters/" + cluster() + "/services"), bearer))
          .add(15, api(http("GET /v1/clusters/{cluster}/tasks").get(s -> "/v1/clusters/" + cluster() + "/tasks"), bearer))
          .add(10, api(http("POST /v1/clusters/{cluster}/tasks").post(s -> "/v1/clusters/" + cluster() + "/tasks")
              .body(StringBody("{\"taskDefinition\":\"web:1\",\"count\":1}")).asJson(), bearer))
          .add(5, http("GET /health").get("/health"))
          .add(5, http("GET /health/ready").get("/health/ready"));
      return Workload.of(scenario("kecs api").exec(mix.chain()), steadyShape(rate)).scaledDownBy(scale.factor());
    });
  }

  private static HttpRequestActionBuilder api(HttpRequestActionBuilder request, String bearer) {
    return request.header("Authorization", bearer);
  }

  private static String cluster() {
    return "cluster-" + ThreadLocalRandom.current().nextInt(1, 20);
  }

  @Override
  protected String system() {
    return "kecs";
  }
}
