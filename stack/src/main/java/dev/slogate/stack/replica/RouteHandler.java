package dev.slogate.stack.replica;

import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.truth.TruthRecorder;
import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Answers one profile route: draws a delay and an outcome, waits without holding a thread, sends
 * the body, and records the service time (request parsed → response complete) once the exchange
 * has completed.
 */
final class RouteHandler implements HttpHandler {

  static final HttpString REPLICA_HEADER = new HttpString("X-Slogate-Replica");

  private final RouteSpec route;
  private final LatencySampler sampler;
  private final long addedNanos;
  private final ByteBuffer body;
  private final String replicaIndex;
  private final ScheduledExecutorService delays;
  private final ExchangeCompletionListener recordOnCompletion;

  RouteHandler(RouteSpec route, Duration addedLatency, int replicaIndex,
      ScheduledExecutorService delays, TruthRecorder truth, ReplicaMetrics metrics) {
    this.route = route;
    this.sampler = LatencySampler.of(route.latency());
    this.addedNanos = addedLatency.toNanos();
    byte[] bytes = new byte[route.responseBytes()];
    Arrays.fill(bytes, (byte) 'x');
    this.body = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    this.replicaIndex = Integer.toString(replicaIndex);
    this.delays = delays;
    TruthRecorder.RouteTruth routeTruth = truth.route(route.key());
    ReplicaMetrics.RouteMeters meters = metrics.route(route);
    this.recordOnCompletion = (exchange, next) -> {
      long nanos = System.nanoTime() - exchange.getRequestStartTime();
      truth.record(routeTruth, nanos, exchange.getStatusCode());
      meters.record(exchange.getStatusCode(), nanos);
      next.proceed();
    };
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long delay = sampler.sampleNanos(random) + addedNanos;
    int status = route.errorRatio() > 0 && random.nextDouble() < route.errorRatio()
        ? route.errorStatus() : 200;
    exchange.addExchangeCompleteListener(recordOnCompletion);
    if (delay <= 0) {
      respond(exchange, status);
      return;
    }
    // Wait on a timer, not on a thread: a slow route must not limit how many requests overlap.
    exchange.dispatch(SameThreadExecutor.INSTANCE, () -> delays.schedule(
        () -> exchange.getIoThread().execute(() -> respond(exchange, status)), delay, TimeUnit.NANOSECONDS));
  }

  private void respond(HttpServerExchange exchange, int status) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders()
        .put(Headers.CONTENT_TYPE, "application/octet-stream")
        .put(REPLICA_HEADER, replicaIndex);
    exchange.getResponseSender().send(body.duplicate());
  }
}
