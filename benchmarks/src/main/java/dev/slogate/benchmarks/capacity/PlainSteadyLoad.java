package dev.slogate.benchmarks.capacity;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Plain Gatling, the yardstick for slogate's overhead: the scenario, injection and HTTP protocol of slogate's
 * SteadyLoad with one request (open model, {@code constantUsersPerSec} for warm-up, steady and cool-down; no
 * warm-up call; shared connections; the same headers), and nothing of slogate: no run plan, no target
 * resolution, no end-of-run evaluation, and no warm-up ramp (slogate's warm-up rises from a tenth of the rate;
 * a plain user's warm-up, as written here, injects the full rate from the first second). Its validity is judged afterwards from its {@code simulation.log}.
 *
 * <p>System properties: {@code bench.target} (base URL), {@code bench.path} ({@code /api/items}),
 * {@code bench.rate} (users/s), {@code bench.warmup}, {@code bench.duration}, {@code bench.cooldown} (ms), and
 * {@code bench.shareConnections} ({@code true}; {@code false} gives every virtual user its own connection, as
 * Gatling does by default).
 */
public class PlainSteadyLoad extends Simulation {

  public static final String REQUEST_NAME_PREFIX = "GET ";

  public PlainSteadyLoad() {
    String target = System.getProperty("bench.target");
    if (target == null || !target.startsWith("http://127.0.0.1:")) {
      throw new IllegalArgumentException("bench.target must be a loopback URL, got " + target);
    }
    String path = System.getProperty("bench.path", "/api/items");
    double rate = Double.parseDouble(System.getProperty("bench.rate"));
    Duration warmUp = Duration.ofMillis(Long.parseLong(System.getProperty("bench.warmup")));
    Duration steady = Duration.ofMillis(Long.parseLong(System.getProperty("bench.duration")));
    Duration coolDown = Duration.ofMillis(Long.parseLong(System.getProperty("bench.cooldown")));

    HttpProtocolBuilder protocol = http.baseUrl(target)
        .disableWarmUp()
        .acceptHeader("application/json")
        .userAgentHeader("slogate");
    if (Boolean.parseBoolean(System.getProperty("bench.shareConnections", "true"))) {
      protocol = protocol.shareConnections();
    }
    ScenarioBuilder scenario = scenario("steady load").exec(http(REQUEST_NAME_PREFIX + path).get(path));
    setUp(scenario.injectOpen(
            constantUsersPerSec(rate).during(warmUp),
            constantUsersPerSec(rate).during(steady),
            constantUsersPerSec(rate).during(coolDown)))
        .protocols(protocol)
        .maxDuration(warmUp.plus(steady).plus(coolDown).plusMinutes(2));
  }
}
