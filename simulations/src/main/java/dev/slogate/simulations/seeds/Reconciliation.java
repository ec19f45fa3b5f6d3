package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reconciliation Platform: the backend API and the WebSocket, two open-model populations on the same
 * warm-up, steady and cool-down phases (the run plan carries their sum), judged against the
 * {@code reconciliation-platform} catalog.
 *
 * <p>The guide names hosts only (api. and ws.reconciliation.example.com); the {@code /api/} paths and
 * {@code /ws} are the stand-in's, slogate's choice, as are the rates: 50 API requests/s
 * ({@code slogate.reconciliation.rate}) and 2 WebSocket sessions/s ({@code slogate.reconciliation.wsRate});
 * {@code slogate.scale} defaults to 1. API mix: list 35%, one reconciliation 30%, its matches 20%, create
 * 15%. A WebSocket session connects ({@code GET /ws}), gets the greeting, sends a message and gets its echo
 * ({@code WS /ws echo}), waits for one pushed live update ({@code WS /ws push}, within 2 s) and closes
 * ({@code WS /ws close}); Gatling records each step under that name.
 *
 * <p>Under faults (the rolling restart) the API mix alone at 110 req/s
 * ({@code slogate.reconciliation.faultRate}): the zero-downtime objective needs 2,995 requests in the 30 s
 * fault phase to show 0.1%. A rolling restart ends the WebSocket sessions of the replica it replaces, as it
 * would in production; the guide promises nothing about them, so they are left out of the fault stage.
 */
final class Reconciliation implements SystemWorkload {

  static final Duration WS_WAIT = Duration.ofSeconds(2);

  @Override
  public String name() {
    return "reconciliation-platform";
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    SeedScale scale = SeedScale.read(context, SeedDefaults.RECONCILIATION_SCALE);
    double rate = scale.rate(options.reconciliationRate());
    double wsRate = scale.rate(options.reconciliationWebSocketRate());
    context.announce("no documented request rate; %.0f API req/s and %.1f WebSocket sessions/s are slogate's choice %s",
        rate, wsRate, scale.describe());
    return Workload.of(scenario("reconciliation api").exec(api()), SeedShapes.steady(options, rate))
        .alongside(webSocketSession(), SeedShapes.steady(options, wsRate))
        .scaledDownBy(scale.factor());
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SeedScale scale = SeedScale.read(context, SeedDefaults.RECONCILIATION_SCALE);
    double rate = scale.rate(SimulationOptions.of(context.settings()).reconciliationFaultRate());
    return new FaultLoad(api(), rate, "enough API requests in the rolling restart to show 0.1%");
  }

  private static ChainBuilder api() {
    return WeightedMix.of()
        .add(35, http("GET /api/reconciliations").get("/api/reconciliations"))
        .add(30, http("GET /api/reconciliations/{id}").get(s -> "/api/reconciliations/" + id()))
        .add(20, http("GET /api/reconciliations/{id}/matches").get(s -> "/api/reconciliations/" + id() + "/matches"))
        .add(15, http("POST /api/reconciliations").post("/api/reconciliations")
            .body(StringBody(s -> "{\"source\":\"bank-" + id() + "\",\"target\":\"ledger\"}")).asJson())
        .chain();
  }

  private static ScenarioBuilder webSocketSession() {
    return scenario("reconciliation websocket").exec(
        ws("GET /ws").connect("/ws")
            .await(WS_WAIT).on(ws.checkTextMessage("WS /ws hello").matching(regex("^hello ")).check(regex("^hello replica"))),
        ws("WS /ws echo").sendText(s -> "reconcile-" + id())
            .await(WS_WAIT).on(ws.checkTextMessage("WS /ws echo").matching(regex("^reconcile-")).check(regex("^reconcile-\\d+$"))),
        ws("WS /ws push").sendText("subscribe")
            .await(WS_WAIT).on(ws.checkTextMessage("WS /ws push").matching(regex("^tick ")).check(regex("^tick \\d+$"))),
        ws("WS /ws close").close());
  }

  private static int id() {
    return ThreadLocalRandom.current().nextInt(1, 10_000);
  }
}
