package dev.slogate.stack.replica;

import dev.slogate.stack.RouteSpec;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The replica's Prometheus view of itself: one timer per route and status code, so a scrape
 * shows {@code slogate_stack_requests_seconds_count{method,route,status}} and the summed time,
 * and the gauge {@code slogate_stack_requests_in_flight{replica}} of route requests being answered
 * (what a test awaits before it kills a replica under load, rather than sleeping).
 * Exact distributions are the ground truth's job ({@code /truth}), not this one's.
 */
final class ReplicaMetrics {

  static final String REQUESTS = "slogate.stack.requests";
  static final String IN_FLIGHT = "slogate.stack.requests.in.flight";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final String replica;

  /** Route requests received and not yet completed. */
  private final AtomicInteger inFlight = new AtomicInteger();

  ReplicaMetrics(int replicaIndex) {
    this.replica = Integer.toString(replicaIndex);
    Gauge.builder(IN_FLIGHT, inFlight, AtomicInteger::get)
        .description("Route requests this replica has received and not yet answered")
        .tag("replica", replica)
        .register(registry);
  }

  void requestStarted() {
    inFlight.incrementAndGet();
  }

  void requestCompleted() {
    inFlight.decrementAndGet();
  }

  /** Meters for one route; the two expected statuses are registered up front so they show as 0. */
  final class RouteMeters {
    private final RouteSpec route;
    private final Timer ok;
    private final Timer error;

    private RouteMeters(RouteSpec route) {
      this.route = route;
      this.ok = timer(200);
      this.error = timer(route.errorStatus());
    }

    void record(int status, long nanos) {
      Timer timer = status == 200 ? ok : status == route.errorStatus() ? error : timer(status);
      timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(int status) {
      return Timer.builder(REQUESTS)
          .description("Requests answered by this replica, by route and status")
          .tag("replica", replica)
          .tag("method", route.method())
          .tag("route", route.path())
          .tag("status", Integer.toString(status))
          .register(registry);
    }
  }

  RouteMeters route(RouteSpec route) {
    return new RouteMeters(route);
  }

  String scrape() {
    return registry.scrape();
  }
}
