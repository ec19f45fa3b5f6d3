package dev.slogate.simulations.seeds;

import static dev.slogate.simulations.SlogateDsl.closed;
import static dev.slogate.simulations.SlogateDsl.recovery;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * KGAS: both documented scalability targets, one after the other, every rate, count and time divided by
 * {@code slogate.scale} (default 20).
 *
 * <ol>
 *   <li>"10x traffic increase within 5 minutes", open model: {@code warm-up} (rising to the base rate, as every
 *       warm-up does) and {@code base} (STEADY) at the base rate, {@code ramp} to ten times that over 5 min, {@code spike} (STEADY) held 10 min, then
 *       {@code recovery} (RECOVERY) at the base rate for 1 min. The ramp is of kind WARM_UP: the guide
 *       promises the targets hold once the increase has been absorbed, so by default it is not judged (an
 *       objective can name it, {@code {name: ramp}}). It also keeps a steep ramp's arrival check, which an
 *       injector starting ~0.2 s late skews by ~1.6 x lag / ramp length, out of the verdict.
 *   <li>"10,000+ concurrent users", closed model: phase {@code concurrency} (kind STEADY, no planned
 *       arrival rate) holds the users for 5 min; each user thinks 5 s on average (uniform 0 to 10 s), then
 *       sends one request and is replaced.
 * </ol>
 *
 * <p>KGAS states no request rate; the base rate is slogate's choice (200 req/s, peak 2,000, which is what
 * 10,000 users thinking 5 s send). The spike is planned 10% above ten times the base, so that reaching the
 * tenfold rate can be shown with confidence. Under faults (the rolling restart) the load holds the spike's
 * rate: 30 s of it at scale 20 is over the 2,995 requests that showing 0.1% needs. Every request is the one documented endpoint, {@code POST /api/extract}.
 * Properties besides the common ones: {@code slogate.kgas.baseRate} (200, before scaling),
 * {@code slogate.kgas.users} (10000), {@code slogate.kgas.thinkTime} (5s, not scaled),
 * {@code slogate.kgas.base} (2m), {@code slogate.kgas.ramp} (5m), {@code slogate.kgas.hold} (10m),
 * {@code slogate.kgas.recovery} (1m), {@code slogate.kgas.concurrency} (5m), all before scaling.
 */
final class Kgas implements SystemWorkload {

  @Override
  public String name() {
    return "kgas";
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    SeedScale scale = SeedScale.read(context, SeedDefaults.KGAS_SCALE);
    double base = base(options, scale);
    double peak = peak(options, scale);
    Duration ramp = scale.time(options.kgasRamp());
    int users = scale.users(options.kgasUsers());
    Duration think = options.kgasThinkTime();
    context.announce("documented 10x traffic within 5 minutes and 10,000 concurrent users; %s: %.1f -> %.1f req/s "
        + "(10%% above 10x) over %.1f s, then %d concurrent users thinking %.1f s on average", scale.describe(), base, peak,
        ramp.toMillis() / 1000.0, users, think.toMillis() / 1000.0);

    LoadShape growth = LoadShape.openModel(
        warmUp(base).during(options.warmUp(SeedDefaults.KGAS_WARM_UP)),
        steady("base", base).during(scale.time(options.kgasBase())),
        warmUp("spike-ramp", base).rampTo(peak).during(ramp),
        steady("spike", peak).during(scale.time(options.kgasHold())),
        recovery(base).during(scale.time(options.kgasRecovery())));
    LoadShape concurrency = LoadShape.closedModel(
        closed("concurrency", users).during(scale.time(options.kgasConcurrency())));
    return Workload.of(scenario("kgas traffic growth").exec(extract()), growth)
        .then(scenario("kgas concurrent users").pause(Duration.ZERO, think.multipliedBy(2)).exec(extract()),
            concurrency)
        .scaledDownBy(scale.factor());
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.KGAS_SCALE);
    return new FaultLoad(exec(extract()), peak(SimulationOptions.of(context.settings()), scale), "the spike's rate");
  }

  private static double base(SimulationOptions options, SeedScale scale) {
    return scale.rate(options.kgasBaseRate());
  }

  private static double peak(SimulationOptions options, SeedScale scale) {
    return base(options, scale) * SeedDefaults.KGAS_GROWTH * SeedDefaults.KGAS_SPIKE_HEADROOM;
  }

  private static HttpRequestActionBuilder extract() {
    return http("POST /api/extract").post("/api/extract")
        .body(StringBody(s -> "{\"document\":\"doc-" + ThreadLocalRandom.current().nextInt(100_000)
            + "\",\"entities\":true}")).asJson();
  }
}
