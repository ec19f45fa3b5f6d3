package dev.slogate.chaos.probe;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.config.SafeText;
import dev.slogate.slo.chaos.ProbeSample;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Health probes against a target, independent of the load generator: a {@code GET} every
 * {@code interval}, each a success only if the expected status arrives within {@code timeout}.
 *
 * <p>Probes start on a fixed grid ({@code start + k × interval}) but never overlap: a probe that takes longer
 * than the interval (it can take up to the timeout) delays the next to the next grid point, and the grid
 * points it missed are skipped, not made up in a burst. So a hung target yields one failed sample per
 * timeout, and a healthy one one sample per interval.
 *
 * <p>Each probe starts at a random point within the first {@value #JITTER_PERCENT}% of its grid slot, so
 * consecutive probes are half an interval to one and a half intervals apart, one interval on average. A
 * strictly periodic probe can lock onto a periodic load behind a round-robin balancer: at 100 requests/s and
 * a 50 ms probe, six requests pass between two probes, so with three replicas every probe lands on the same
 * one and a dead replica is never seen (RFC 2330, section 11.1, warns of such synchronisation). The jitter
 * must span several of the load's requests to break it; half an interval does at any rate worth measuring.
 *
 * <p>Every sample is kept ({@link #samples()}), time-stamped on the run's clock when it was sent. Probes
 * never retry, never follow redirects and use no proxy: a retry or a redirect would hide exactly the
 * failures being measured. The prober stops by itself at its deadline. Thread-safe.
 */
public final class Prober implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Prober.class.getName());

  /** How much of each interval a probe's start may move, at random. */
  public static final int JITTER_PERCENT = 50;

  private final URI url;
  private final ProbeSpec spec;
  private final Clock clock;
  private final Pacer pacer;
  private final long deadlineNanos;
  private final List<ProbeListener> listeners;
  private final OkHttpClient client;
  private final List<ProbeSample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean stopping;

  private Prober(URI url, ProbeSpec spec, Clock clock, Pacer pacer, Duration maxRun, List<ProbeListener> listeners) {
    this.url = url;
    this.spec = spec;
    this.clock = clock;
    this.pacer = pacer;
    this.deadlineNanos = pacer.nanoTime() + maxRun.toNanos();
    this.listeners = List.copyOf(listeners);
    this.client = new OkHttpClient.Builder()
        .proxy(Proxy.NO_PROXY)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
        .callTimeout(spec.timeout())
        .connectTimeout(spec.timeout())
        .readTimeout(spec.timeout())
        .writeTimeout(spec.timeout())
        .build();
    this.thread = new Thread(this::loop, "slogate-prober");
    this.thread.setDaemon(true);
  }

  /**
   * Starts probing {@code baseUrl} + the spec's path at once.
   *
   * @param clock the run's clock, the one fault injections are stamped with
   * @param maxRun the prober stops by itself this long after it started
   */
  public static Prober start(URI baseUrl, ProbeSpec spec, Clock clock, Duration maxRun, ProbeListener... listeners) {
    return start(baseUrl, spec, clock, Pacer.SYSTEM, maxRun, listeners);
  }

  /** As {@link #start(URI, ProbeSpec, Clock, Duration, ProbeListener...)}, the grid paced by {@code pacer}. */
  static Prober start(URI baseUrl, ProbeSpec spec, Clock clock, Pacer pacer, Duration maxRun,
      ProbeListener... listeners) {
    Objects.requireNonNull(spec, "spec");
    Prober prober = new Prober(resolve(baseUrl, spec.path()), spec, Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(pacer, "pacer"), Objects.requireNonNull(maxRun, "maxRun"), List.of(listeners));
    prober.thread.start();
    return prober;
  }

  /** {@code http://host:port} + {@code /health}, whether or not the base ends with a slash. */
  static URI resolve(URI baseUrl, String path) {
    String base = baseUrl.toString();
    String text = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    try {
      URI url = URI.create(text);
      // OkHttp's rules, checked now: a host that Java accepts and OkHttp does not would otherwise fail every probe.
      HttpUrl.get(url.toString());
      return url;
    } catch (IllegalArgumentException e) {
      // Neither parser's message is shown: both echo the whole URL, user info included.
      throw new ChaosException("cannot probe " + SafeText.url(text) + ": it is not a URL an HTTP client can request");
    }
  }

  public URI url() {
    return url;
  }

  public ProbeSpec spec() {
    return spec;
  }

  /** Every sample so far, in the order sent. */
  public List<ProbeSample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** The samples sent at or after {@code epochMillis}. */
  public List<ProbeSample> samplesSince(long epochMillis) {
    synchronized (samples) {
      return samples.stream().filter(s -> s.epochMillis() >= epochMillis).toList();
    }
  }

  public boolean isRunning() {
    return thread.isAlive();
  }

  /** Stops after the probe in flight, if any, has finished (at most the timeout). Idempotent. */
  public void stop() {
    stopping = true;
    LockSupport.unpark(thread);
    try {
      thread.join(spec.timeout().toMillis() + 1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * The monotonic time the probe grid and the deadline are kept on, and the wait between probes. A probe's
   * latency is always measured on {@link System#nanoTime()}: it is the target's, not the grid's.
   */
  interface Pacer {

    /** Real time: waits really pass, and {@link #stop()} cuts one short by unparking the thread. */
    Pacer SYSTEM = new Pacer() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void parkNanos(long nanos) {
        LockSupport.parkNanos(nanos);
      }
    };

    long nanoTime();

    /** Waits for up to {@code nanos}; may return early (a stop, a spurious wake-up): the loop reads the time again. */
    void parkNanos(long nanos);
  }

  private void loop() {
    long interval = spec.interval().toNanos();
    long jitterRange = interval * JITTER_PERCENT / 100;
    java.util.SplittableRandom random = new java.util.SplittableRandom();
    long start = pacer.nanoTime();
    long tick = 0;
    long jitter = 0;
    while (!stopping) {
      long due = start + tick * interval + jitter;
      long wait = due - pacer.nanoTime();
      if (wait > 0) {
        pacer.parkNanos(wait);
        continue;
      }
      if (pacer.nanoTime() - deadlineNanos >= 0) {
        break;
      }
      record(probeOnce());
      // Skip the grid points a slow probe overran; never catch up in a burst.
      long elapsedTicks = (pacer.nanoTime() - start) / interval;
      tick = Math.max(tick + 1, elapsedTicks + 1);
      jitter = jitterRange == 0 ? 0 : random.nextLong(jitterRange);
    }
  }

  private ProbeSample probeOnce() {
    Request.Builder request = new Request.Builder().url(url.toString()).get().header("User-Agent", "slogate-prober");
    spec.expectChanged().ifPresent(pointer -> request.header("Accept", "application/json"));
    long sentAt = clock.millis();
    long began = System.nanoTime();
    int status = 0;
    boolean ok = false;
    String observed = null;
    try (Response response = client.newCall(request.build()).execute()) {
      status = response.code();
      // The body is part of the answer: a target that sends headers and then hangs is not healthy.
      if (spec.expectChanged().isPresent()) {
        observed = WatchedValue.read(response.body().string(), spec.expectChanged().get());
        ok = status == spec.expectStatus() && observed != null;
      } else {
        response.body().source().readAll(okio.Okio.blackhole());
        ok = status == spec.expectStatus();
      }
    } catch (IOException e) {
      ok = false;
    }
    long micros = (System.nanoTime() - began) / 1_000;
    return new ProbeSample(sentAt, micros, ok, status, observed);
  }

  private void record(ProbeSample sample) {
    synchronized (samples) {
      samples.add(sample);
    }
    for (ProbeListener listener : listeners) {
      try {
        listener.probed(sample);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "probe listener " + listener + " threw", e);
      }
    }
  }
}
