package dev.slogate.simulations.seeds;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import dev.slogate.simulations.load.Workload;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
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
 */
public class ReconciliationLoad extends SeedSimulation {

  static final Duration WS_WAIT = Duration.ofSeconds(2);

  public ReconciliationLoad() {
    declare(() -> {
      SeedScale scale = scale(SeedDefaults.RECONCILIATION_SCALE);
      double rate = scale.rate(settings.rate("slogate.reconciliation.rate", SeedDefaults.RECONCILIATION_RATE));
      double wsRate = scale.rate(settings.rate("slogate.reconciliation.wsRate", SeedDefaults.RECONCILIATION_WS_RATE));
      announce("no documented request rate; %.0f API req/s and %.1f WebSocket sessions/s are slogate's choice %s",
          rate, wsRate, scale.describe());
      WeightedMix mix = WeightedMix.of()
          .add(35, http("GET /api/reconciliations").get("/api/reconciliations"))
          .add(30, http("GET /api/reconciliations/{id}").get(s -> "/api/reconciliations/" + id()))
          .add(20, http("GET /api/reconciliations/{id}/matches").get(s -> "/api/reconciliations/" + id() + "/matches"))
          .add(15, http("POST /api/reconciliations").post("/api/reconciliations")
              .body(StringBody(s -> "{\"source\":\"bank-" + id() + "\",\"target\":\"ledger\"}")).asJson());
      return Workload.of(scenario("reconciliation api").exec(mix.chain()), steadyShape(rate))
          .alongside(webSocketSession(), steadyShape(wsRate))
          .scaledDownBy(scale.factor());
    });
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

  /** WebSocket URLs are the target's, with the ws scheme. */
  @Override
  protected HttpProtocolBuilder httpProtocol() {
    return super.httpProtocol().wsBaseUrl(target.baseUrlText().replaceFirst("^http", "ws"));
  }

  private static int id() {
    return ThreadLocalRandom.current().nextInt(1, 10_000);
  }

  @Override
  protected String system() {
    return "reconciliation-platform";
  }
}
