package dev.slogate.stack.coordination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The coordinator's loopback HTTP interface, spoken only by replicas
 * ({@code dev.slogate.stack.replica.CoordinatorClient}):
 *
 * <pre>
 * POST /heartbeat?pod=ID&amp;replica=I  → 200 LeaderView
 * GET  /leader                         → 200 LeaderView
 * POST /steps                          → 201 {"id": N}
 * POST /claim?pod=ID&amp;max=K          → 200 {"steps": [N...]}, 409 when the pod was declared dead
 * POST /complete?pod=ID&amp;step=N      → 204, 409 when the pod no longer holds the step
 * POST /recover?pod=ID                 → 200 {"requeued": N}, 409 when the pod is not the leader
 * GET  /queue                          → 200 QueueSnapshot
 * </pre>
 */
final class CoordinatorHttp implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Submitted(long id) {}

  record Claimed(List<Long> steps) {}

  record Recovered(int requeued) {}

  private final Coordinator coordinator;
  private final Undertow server;

  private CoordinatorHttp(Coordinator coordinator) {
    this.coordinator = coordinator;
    RoutingHandler routes = new RoutingHandler()
        .post("/heartbeat", ex -> send(ex, 200,
            coordinator.heartbeat(param(ex, "pod"), Integer.parseInt(param(ex, "replica")))))
        .get("/leader", ex -> send(ex, 200, coordinator.leader()))
        .post("/steps", ex -> send(ex, 201, new Submitted(coordinator.submit())))
        .post("/claim", this::claim)
        .post("/complete", this::complete)
        .post("/recover", this::recover)
        .get("/queue", ex -> send(ex, 200, coordinator.queue()))
        .setFallbackHandler(ex -> ex.setStatusCode(StatusCodes.NOT_FOUND).endExchange());
    this.server = Undertow.builder()
        .addHttpListener(0, "127.0.0.1")
        .setIoThreads(1)
        .setWorkerThreads(2)
        .setHandler(ex -> {
          try {
            routes.handleRequest(ex);
          } catch (IllegalArgumentException e) {
            // A missing or malformed parameter: a bug in the replica, not a reason to die.
            ex.setStatusCode(StatusCodes.BAD_REQUEST);
            ex.getResponseSender().send(String.valueOf(e.getMessage()));
          }
        })
        .build();
  }

  static CoordinatorHttp start(Coordinator coordinator) {
    CoordinatorHttp http = new CoordinatorHttp(coordinator);
    http.server.start();
    return http;
  }

  URI uri() {
    InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    return URI.create("http://127.0.0.1:" + address.getPort());
  }

  private void claim(HttpServerExchange ex) throws JsonProcessingException {
    Optional<List<Long>> taken = coordinator.claim(param(ex, "pod"), Integer.parseInt(param(ex, "max")));
    if (taken.isEmpty()) {
      ex.setStatusCode(StatusCodes.CONFLICT).endExchange();
      return;
    }
    send(ex, 200, new Claimed(taken.get()));
  }

  private void complete(HttpServerExchange ex) {
    boolean held = coordinator.complete(Long.parseLong(param(ex, "step")), param(ex, "pod"));
    ex.setStatusCode(held ? StatusCodes.NO_CONTENT : StatusCodes.CONFLICT).endExchange();
  }

  private void recover(HttpServerExchange ex) throws JsonProcessingException {
    OptionalInt requeued = coordinator.recover(param(ex, "pod"));
    if (requeued.isEmpty()) {
      ex.setStatusCode(StatusCodes.CONFLICT).endExchange();
      return;
    }
    send(ex, 200, new Recovered(requeued.getAsInt()));
  }

  private static String param(HttpServerExchange ex, String name) {
    Map<String, Deque<String>> params = ex.getQueryParameters();
    Deque<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
      throw new IllegalArgumentException("missing query parameter " + name);
    }
    return values.getFirst();
  }

  private static void send(HttpServerExchange ex, int status, Object body) throws JsonProcessingException {
    ex.setStatusCode(status);
    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    ex.getResponseSender().send(JSON.writeValueAsString(body));
  }

  @Override
  public void close() {
    server.stop();
  }
}
