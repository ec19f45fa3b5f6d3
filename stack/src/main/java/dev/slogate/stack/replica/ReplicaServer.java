package dev.slogate.stack.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.truth.TruthRecorder;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One replica's HTTP server on an ephemeral loopback port: the profile's routes plus
 * {@code /health}, {@code /health/ready}, {@code /metrics}, {@code /truth},
 * {@code POST /truth/reset} and {@code POST /admin/health?status=up|down}.
 */
public final class ReplicaServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReplicaConfig config;
  private final AtomicBoolean healthy = new AtomicBoolean(true);
  private final TruthRecorder truth;
  private final ReplicaMetrics metrics;
  private final ScheduledExecutorService delays;
  private final Undertow server;

  private ReplicaServer(ReplicaConfig config, int ioThreads) {
    this.config = config;
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
    for (RouteSpec route : routes) {
      routing.add(route.method(), route.path(),
          new RouteHandler(route, config.addedLatencyDuration(), config.index(), delays, truth, metrics));
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
    server.stop();
    delays.shutdownNow();
  }
}
