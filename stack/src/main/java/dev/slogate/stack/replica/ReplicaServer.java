package dev.slogate.stack.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.WebSocketSpec;
import dev.slogate.stack.truth.TruthRecorder;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One replica's HTTP server on an ephemeral loopback port: the profile's routes and WebSocket
 * endpoints plus {@code /health}, {@code /health/ready}, {@code /metrics}, {@code /truth},
 * {@code POST /truth/reset} and {@code POST /admin/health?status=up|down}; with leader election
 * also {@code GET /admin/leader} and {@code GET /admin/queue}, and the pod's background work.
 */
public final class ReplicaServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReplicaConfig config;
  private final AtomicBoolean healthy = new AtomicBoolean(true);
  private final TruthRecorder truth;
  private final ReplicaMetrics metrics;
  private final ScheduledExecutorService delays;
  private final QueueWorker worker;
  private final Undertow server;

  private ReplicaServer(ReplicaConfig config, int ioThreads) {
    this.config = config;
    StackProfile profile = config.stackProfile();
    List<RouteSpec> routes = config.effectiveRoutes();
    this.truth = new TruthRecorder(routes.stream().map(RouteSpec::key).toList());
    this.metrics = new ReplicaMetrics(config.index());
    this.delays = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "replica-delays");
      t.setDaemon(true);
      return t;
    });
    RoutingHandler routing = new RoutingHandler()
        .get("/health", this::health)
        .get("/health/ready", this::health)
        .post("/admin/health", this::setHealth)
        .get("/metrics", blocking(this::metrics))
        .get("/truth", blocking(this::truth))
        .post("/truth/reset", this::resetTruth)
        .setFallbackHandler(ex -> ex.setStatusCode(StatusCodes.NOT_FOUND).endExchange());
    CoordinatorClient coordinator = null;
    if (profile.electsLeader()) {
      String pod = config.index() + "-" + ProcessHandle.current().pid();
      coordinator = new CoordinatorClient(URI.create(config.coordinator()), pod, config.index());
      LeaderEndpoints admin = new LeaderEndpoints(coordinator, config.index(), profile.name());
      routing.get("/admin/leader", admin::leader).get("/admin/queue", admin::queue);
      this.worker = new QueueWorker(coordinator, profile.leaderElection(), profile.workQueue());
    } else {
      this.worker = null;
    }
    String submit = profile.workQueue() == null ? null : profile.workQueue().submit();
    for (RouteSpec route : routes) {
      routing.add(route.method(), route.path(), new RouteHandler(route, config.addedLatencyDuration(),
          config.index(), delays, truth, metrics, route.key().equals(submit) ? coordinator : null));
    }
    for (WebSocketSpec socket : profile.websockets()) {
      routing.get(socket.path(), WebSocketEndpoint.handler(socket, config.index(), delays));
    }
    this.server = Undertow.builder()
        .addHttpListener(0, "127.0.0.1")
        .setIoThreads(ioThreads)
        .setWorkerThreads(2)
        .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, true)
        .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
        .setHandler(routing)
        .build();
  }

  public static ReplicaServer start(ReplicaConfig config, int ioThreads) {
    ReplicaServer replica = new ReplicaServer(config, ioThreads);
    replica.server.start();
    if (replica.worker != null) {
      replica.worker.start();
    }
    return replica;
  }

  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  private void health(HttpServerExchange exchange) {
    boolean up = healthy.get();
    exchange.setStatusCode(up ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseSender().send("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"replica\":"
        + config.index() + ",\"role\":\"" + config.role() + "\"}");
  }

  private void setHealth(HttpServerExchange exchange) {
    Deque<String> status = exchange.getQueryParameters().get("status");
    String value = status == null ? "" : status.getFirst();
    if (!value.equals("up") && !value.equals("down")) {
      exchange.setStatusCode(StatusCodes.BAD_REQUEST);
      exchange.getResponseSender().send("status must be up or down\n");
      return;
    }
    healthy.set(value.equals("up"));
    exchange.setStatusCode(StatusCodes.NO_CONTENT);
    exchange.endExchange();
  }

  private void metrics(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
    exchange.getResponseSender().send(metrics.scrape());
  }

  private void truth(HttpServerExchange exchange) throws JsonProcessingException {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseSender().send(JSON.writeValueAsString(truth.report(config.index())));
  }

  private void resetTruth(HttpServerExchange exchange) {
    truth.reset();
    exchange.setStatusCode(StatusCodes.NO_CONTENT);
    exchange.endExchange();
  }

  /** Scraping and encoding take longer than an I/O thread should be held. */
  private static HttpHandler blocking(HttpHandler handler) {
    return exchange -> {
      if (exchange.isInIoThread()) {
        exchange.dispatch(handler);
      } else {
        handler.handleRequest(exchange);
      }
    };
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.close();
    }
    server.stop();
    delays.shutdownNow();
  }
}
