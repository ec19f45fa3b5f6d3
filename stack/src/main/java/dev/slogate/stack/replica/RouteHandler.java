package dev.slogate.stack.replica;

import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.truth.TruthRecorder;
import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Answers one profile route: checks the caller's token when the route demands one, draws a delay
 * and an outcome, waits without holding a thread, sends the body, and records the service time
 * (request parsed → response complete) once the exchange has completed. The submit route of a
 * work queue also enqueues a step before a successful answer.
 */
final class RouteHandler implements HttpHandler {

  static final HttpString REPLICA_HEADER = new HttpString("X-Slogate-Replica");
  static final HttpString STEP_HEADER = new HttpString("X-Step-Id");

  private final RouteSpec route;
  private final LatencySampler sampler;
  private final long addedNanos;
  private final ByteBuffer body;
  private final String replicaIndex;
  private final ScheduledExecutorService delays;
  private final CoordinatorClient enqueueTo;
  private final ReplicaMetrics metrics;
  private final ExchangeCompletionListener recordOnCompletion;

  /** @param enqueueTo the coordinator a successful call enqueues a step with, or null */
  RouteHandler(RouteSpec route, Duration addedLatency, int replicaIndex,
      ScheduledExecutorService delays, TruthRecorder truth, ReplicaMetrics metrics, CoordinatorClient enqueueTo) {
    this.route = route;
    this.sampler = LatencySampler.of(route.latency());
    this.addedNanos = addedLatency.toNanos();
    byte[] bytes = new byte[route.responseBytes()];
    Arrays.fill(bytes, (byte) 'x');
    this.body = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    this.replicaIndex = Integer.toString(replicaIndex);
    this.delays = delays;
    this.enqueueTo = enqueueTo;
    this.metrics = metrics;
    TruthRecorder.RouteTruth routeTruth = truth.route(route.key());
    ReplicaMetrics.RouteMeters meters = metrics.route(route);
    this.recordOnCompletion = (exchange, next) -> {
      long nanos = System.nanoTime() - exchange.getRequestStartTime();
      truth.record(routeTruth, nanos, exchange.getStatusCode());
      meters.record(exchange.getStatusCode(), nanos);
      metrics.requestCompleted();
      next.proceed();
    };
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    metrics.requestStarted();
    exchange.addExchangeCompleteListener(recordOnCompletion);
    if (route.auth() == RouteSpec.Auth.JWT
        && !BearerToken.isWellFormed(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION))) {
      // Refused before any work, as an API gateway or middleware would.
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
      respond(exchange, StatusCodes.UNAUTHORIZED, null);
      return;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long delay = sampler.sampleNanos(random) + addedNanos;
    int status = route.errorRatio() > 0 && random.nextDouble() < route.errorRatio()
        ? route.errorStatus() : 200;
    if (enqueueTo != null && status == 200) {
      long due = System.nanoTime() + delay;
      exchange.dispatch(SameThreadExecutor.INSTANCE, () -> enqueueTo.submit().whenComplete((id, error) ->
          later(exchange, due - System.nanoTime(), error == null ? 200 : StatusCodes.SERVICE_UNAVAILABLE, id)));
      return;
    }
    if (delay <= 0) {
      respond(exchange, status, null);
      return;
    }
    exchange.dispatch(SameThreadExecutor.INSTANCE, () -> later(exchange, delay, status, null));
  }

  /** Waits on a timer, not on a thread: a slow route must not limit how many requests overlap. */
  private void later(HttpServerExchange exchange, long delayNanos, int status, Long stepId) {
    delays.schedule(() -> exchange.getIoThread().execute(() -> respond(exchange, status, stepId)),
        Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
  }

  private void respond(HttpServerExchange exchange, int status, Long stepId) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders()
        .put(Headers.CONTENT_TYPE, "application/octet-stream")
        .put(REPLICA_HEADER, replicaIndex);
    if (stepId != null) {
      exchange.getResponseHeaders().put(STEP_HEADER, stepId.toString());
    }
    exchange.getResponseSender().send(body.duplicate());
  }
}
