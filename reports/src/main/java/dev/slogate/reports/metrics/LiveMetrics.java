package dev.slogate.reports.metrics;

import com.sun.net.httpserver.HttpServer;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.TimeSlice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * The harness's live metrics during a run, for Prometheus to scrape from a loopback endpoint: requests by
 * outcome, the last second's rate, error ratio and latency percentiles, the current phase and the chaos
 * state. Names are Micrometer's, rendered by its Prometheus registry ({@code slogate_requests_total},
 * {@code slogate_latency_milliseconds{quantile="0.99"}}, {@code slogate_phase{phase,kind}} …).
 *
 * <p>Feed it finished seconds with {@link #onSlice} or {@link #onSecond}; it is thread-safe, and a scrape
 * never blocks the caller. The endpoint binds only to the loopback address.
 */
public final class LiveMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HttpServer server;
  private final ExecutorService executor;
  private final Counter ok;
  private final Counter ko;
  private final AtomicReference<Second> last = new AtomicReference<>(new Second(0, 0, 0, 0, 0, 0));
  private final MultiGauge phase;
  private final MultiGauge faults;

  private record Second(long epochSecond, double rate, double errorRatio, double p50, double p95, double p99) {}

  private LiveMetrics(String system, String runId, int port) {
    registry.config().commonTags("system", system, "run_id", runId);
    ok = Counter.builder("slogate.requests").tag("outcome", "ok").description("Requests completed").register(registry);
    ko = Counter.builder("slogate.requests").tag("outcome", "ko").description("Requests completed").register(registry);
    Gauge.builder("slogate.request.rate", last, s -> s.get().rate()).description("Requests started in the last full second")
        .baseUnit("requests.per.second").register(registry);
    Gauge.builder("slogate.error.ratio", last, s -> s.get().errorRatio()).description("Failed share of the last full second")
        .register(registry);
    for (String quantile : List.of("0.5", "0.95", "0.99")) {
      Gauge.builder("slogate.latency", last, s -> switch (quantile) {
        case "0.5" -> s.get().p50();
        case "0.95" -> s.get().p95();
        default -> s.get().p99();
      }).tag("quantile", quantile).baseUnit("milliseconds").description("Latency percentile of the last full second")
          .register(registry);
    }
    Gauge.builder("slogate.last.second", last, s -> s.get().epochSecond()).description("Epoch second of the last slice")
        .baseUnit("seconds").register(registry);
    phase = MultiGauge.builder("slogate.phase").description("1 for the phase the run is in").register(registry);
    faults = MultiGauge.builder("slogate.chaos.fault.active").description("1 while a fault is injected").register(registry);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the metrics endpoint on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    executor = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "slogate-metrics");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/metrics", exchange -> {
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /**
   * Starts the endpoint {@code http://127.0.0.1:<port>/metrics}.
   *
   * @param port the port, or 0 for any free one ({@link #scrapeUri()} tells which)
   */
  public static LiveMetrics start(String system, String runId, int port) {
    return new LiveMetrics(system, runId, port);
  }

  public URI scrapeUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/metrics");
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** A finished second of the run record. */
  public void onSlice(TimeSlice slice) {
    onSecond(slice.epochSecond(), slice.overall().okCount(), slice.overall().koCount(), slice.overall().all());
  }

  /**
   * A finished second.
   *
   * @param latencies response times of the second's requests, ms
   */
  public void onSecond(long epochSecond, long okCount, long koCount, Histogram latencies) {
    ok.increment(okCount);
    ko.increment(koCount);
    long total = okCount + koCount;
    boolean any = latencies.getTotalCount() > 0;
    last.set(new Second(epochSecond, total, total == 0 ? 0 : koCount / (double) total,
        any ? latencies.getValueAtPercentile(50) : 0, any ? latencies.getValueAtPercentile(95) : 0,
        any ? latencies.getValueAtPercentile(99) : 0));
  }

  /** The run entered a phase. */
  public void phase(String name, PhaseKind kind) {
    phase.register(List.of(MultiGauge.Row.of(Tags.of("phase", name, "kind", kind.id()), 1)), true);
  }

  /** A fault was confirmed injected. */
  public void faultInjected(String fault) {
    faults.register(List.of(MultiGauge.Row.of(Tags.of("fault", fault), 1)), true);
  }

  /** The fault was removed. */
  public void faultRecovered(String fault) {
    faults.register(List.of(MultiGauge.Row.of(Tags.of("fault", fault), 0)), true);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    registry.close();
  }
}
