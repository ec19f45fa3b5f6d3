package dev.slogate.benchmarks.omission;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A target that answers every request at once, except during the stalls of its {@link StallSchedule}: then
 * it holds every answer until the stall ends, as a server does during a long GC pause or a failover. It keeps
 * reading requests during a stall (the pause is in answering, not in accepting), so an open-model client's
 * requests still arrive on time; and it records, per request, the time from arrival to complete response
 * (µs), by the second the request arrived in: the latencies the requests a client actually sent really had.
 */
final class StallServer implements AutoCloseable {

  private static final ByteBuffer BODY = ByteBuffer.wrap("ok\n".getBytes()).asReadOnlyBuffer();

  private final StallSchedule schedule;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "stall-timer");
    t.setDaemon(true);
    return t;
  });
  /** By the epoch second the request arrived in, so that any window of whole seconds can be read exactly. */
  private final Map<Long, ServedInSecond> servedByArrivalSecond = new ConcurrentHashMap<>();
  private final Undertow server;

  StallServer(StallSchedule schedule) {
    this.schedule = schedule;
    this.server = Undertow.builder()
        .addHttpListener(0, "127.0.0.1")
        .setIoThreads(1)
        .setWorkerThreads(1)
        .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, true)
        .setHandler(this::handle)
        .build();
    server.start();
  }

  String url() {
    InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    return "http://127.0.0.1:" + address.getPort();
  }

  /**
   * Latencies (µs, arrival → response complete) of the requests that arrived in
   * {@code [fromEpochSecond, toEpochSecondExclusive)}; call once they have all been answered.
   */
  Histogram served(long fromEpochSecond, long toEpochSecondExclusive) {
    Histogram micros = new Histogram(3);
    servedByArrivalSecond.forEach((second, served) -> {
      if (second >= fromEpochSecond && second < toEpochSecondExclusive) {
        micros.add(served.soFar());
      }
    });
    return micros;
  }

  /** One arrival second: writers record without waiting; readers move what was recorded into a total. */
  private static final class ServedInSecond {
    private final Recorder recorder = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private Histogram interval;

    void record(long micros) {
      recorder.recordValue(micros);
    }

    synchronized Histogram soFar() {
      interval = recorder.getIntervalHistogram(interval);
      total.add(interval);
      return total.copy();
    }
  }

  private void handle(HttpServerExchange exchange) {
    long arrived = System.currentTimeMillis();
    ServedInSecond served = servedByArrivalSecond.computeIfAbsent(Math.floorDiv(arrived, 1000), s -> new ServedInSecond());
    exchange.addExchangeCompleteListener((ex, next) -> {
      served.record(Math.max(0, (System.nanoTime() - ex.getRequestStartTime()) / 1_000));
      next.proceed();
    });
    long wait = schedule.waitMillis(arrived);
    if (wait == 0) {
      respond(exchange);
      return;
    }
    exchange.dispatch(SameThreadExecutor.INSTANCE, () ->
        timer.schedule(() -> exchange.getIoThread().execute(() -> respond(exchange)), wait, TimeUnit.MILLISECONDS));
  }

  private static void respond(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
    exchange.getResponseSender().send(BODY.duplicate());
  }

  @Override
  public void close() {
    server.stop();
    timer.shutdownNow();
  }
}
