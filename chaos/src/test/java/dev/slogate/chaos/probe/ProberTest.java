package dev.slogate.chaos.probe;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.slo.chaos.ProbeSample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prober against a real HTTP server on loopback whose answers the test controls. */
class ProberTest {

  private HttpServer server;
  private final AtomicInteger status = new AtomicInteger(200);
  private final AtomicLong delayMillis = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicReference<String> leaderBody =
      new java.util.concurrent.atomic.AtomicReference<>("{\"leader\":0,\"leaderPod\":\"0-100\",\"term\":1}");
  private final List<String> accepted = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/health", exchange -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        // A slow target on purpose: the answer a probe must give up on.
        Thread.sleep(delayMillis.get());
        byte[] body = "ok".getBytes();
        exchange.sendResponseHeaders(status.get(), body.length);
        exchange.getResponseBody().write(body);
      } catch (InterruptedException | IOException e) {
        // The prober gave up on this one.
      } finally {
        inFlight.decrementAndGet();
        exchange.close();
      }
    });
    server.createContext("/admin/leader", exchange -> {
      accepted.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
      byte[] body = leaderBody.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static ProbeSpec spec(long intervalMs, long timeoutMs) {
    return new ProbeSpec("/health", Duration.ofMillis(intervalMs), Duration.ofMillis(timeoutMs), 200);
  }

  @Test
  void probesEveryIntervalAndRecordsEverySample() throws Exception {
    List<ProbeSample> heard = new CopyOnWriteArrayList<>();
    VirtualTime time = new VirtualTime();
    try (Prober prober = Prober.start(base(), spec(50, 5_000), time, time, Duration.ofSeconds(1), heard::add)) {
      awaitDeadline(prober);
      List<ProbeSample> samples = prober.samples();
      // The waits pass exactly and a probe takes no time on this clock: probe k is sent at k x 50 ms plus its
      // jitter (under 25 ms), so 1 s holds exactly 20.
      assertEquals(20, samples.size(), "20 probes in 1 s at 50 ms: " + samples);
      assertTrue(samples.stream().allMatch(s -> s.ok() && s.status() == 200), samples::toString);
      // 50 ms on average, spread by the jitter over 25 to 75 ms (a standard deviation of about 10 ms), so that
      // probes cannot lock onto a periodic load.
      double[] gaps = new double[samples.size() - 1];
      for (int i = 1; i < samples.size(); i++) {
        gaps[i - 1] = samples.get(i).epochMillis() - samples.get(i - 1).epochMillis();
      }
      double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
      double sd = Math.sqrt(java.util.Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum() / gaps.length);
      String seen = java.util.Arrays.toString(gaps);
      assertTrue(java.util.Arrays.stream(gaps).allMatch(g -> g >= 25 && g <= 75), "half to one and a half intervals apart: " + seen);
      assertTrue(mean >= 40 && mean <= 80, "one interval on average: " + seen);
      assertTrue(sd >= 4, "jittered: " + seen);
      assertEquals(samples, heard, "listeners hear every sample, in order");
      assertFalse(prober.isRunning());
      assertEquals(URI.create(base() + "/health"), prober.url());
    }
  }

  @Test
  void aProbeThatTimesOutFailsAndProbesNeverOverlap() throws Exception {
    delayMillis.set(300);
    // Real time: the timeouts are OkHttp's own.
    try (Prober prober = Prober.start(base(), spec(20, 100), Clock.systemUTC(), Duration.ofSeconds(10))) {
      await("four probes").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
          .until(() -> prober.samples().size() >= 4);
      prober.stop();
      List<ProbeSample> samples = prober.samples();
      // The four awaited, the one in flight when stopped, and at most two more while the fourth was being seen:
      // each probe takes its 100 ms timeout.
      assertTrue(samples.size() >= 4 && samples.size() <= 7, "one probe per ~100 ms timeout: " + samples);
      for (ProbeSample s : samples) {
        assertFalse(s.ok());
        assertEquals(0, s.status(), "no answer arrived");
        assertTrue(s.latencyMicros() >= 95_000 && s.latencyMicros() < 250_000, "gave up at the timeout: " + s);
      }
      for (int i = 1; i < samples.size(); i++) {
        long previousEnd = samples.get(i - 1).epochMillis() + samples.get(i - 1).latencyMicros() / 1000;
        assertTrue(samples.get(i).epochMillis() >= previousEnd, "probe " + i + " started before the previous ended");
      }
    }
  }

  @Test
  void anUnexpectedStatusIsAFailureThatKeepsTheStatus() throws Exception {
    status.set(503);
    VirtualTime time = new VirtualTime();
    try (Prober prober = Prober.start(base(), spec(20, 5_000), time, time, Duration.ofMillis(150))) {
      awaitDeadline(prober);
      assertFalse(prober.samples().isEmpty());
      assertTrue(prober.samples().stream().allMatch(s -> !s.ok() && s.status() == 503), prober.samples()::toString);
    }
    ProbeSpec expects503 = new ProbeSpec("/health", Duration.ofMillis(20), Duration.ofSeconds(5), 503);
    VirtualTime later = new VirtualTime();
    try (Prober prober = Prober.start(base(), expects503, later, later, Duration.ofMillis(100))) {
      awaitDeadline(prober);
      assertFalse(prober.samples().isEmpty());
      assertTrue(prober.samples().stream().allMatch(ProbeSample::ok), "503 was the expected status");
    }
  }

  @Test
  void aRefusedConnectionFailsAtOnce() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    VirtualTime time = new VirtualTime();
    try (Prober prober = Prober.start(URI.create("http://127.0.0.1:" + closedPort), spec(20, 1_000),
        time, time, Duration.ofMillis(200))) {
      awaitDeadline(prober);
      List<ProbeSample> samples = prober.samples();
      assertTrue(samples.size() >= 5, "refusals are quick, the grid keeps going: " + samples.size());
      assertTrue(samples.stream().allMatch(s -> !s.ok() && s.status() == 0 && s.latencyMicros() < 200_000),
          samples::toString);
    }
  }

  @Test
  void stopsByItselfAtItsDeadline() throws Exception {
    VirtualTime time = new VirtualTime();
    long started = time.millis();
    try (Prober prober = Prober.start(base(), spec(20, 5_000), time, time, Duration.ofMillis(200))) {
      awaitDeadline(prober);
      assertFalse(prober.isRunning(), "past its deadline");
      int count = prober.samples().size();
      assertTrue(count >= 1 && count <= 11, "at most one probe per 20 ms for 200 ms: " + count);
      assertTrue(prober.samples().stream().allMatch(s -> s.epochMillis() <= started + 200 + 20), prober.samples()::toString);
      // Its thread has ended, so the count is final: time passing adds nothing.
      time.parkNanos(Duration.ofMillis(100).toNanos());
      assertEquals(count, prober.samples().size(), "no probe after the deadline");
    }
    assertEquals(1, maxInFlight.get(), "never more than one probe at the server");
  }

  @Test
  void aProbeWatchingAValueAsksForJsonAndRecordsTheValue() throws Exception {
    ProbeSpec spec = new ProbeSpec("/admin/leader", Duration.ofMillis(50), Duration.ofSeconds(5), 200,
        java.util.Optional.of("/leaderPod"));
    try (Prober prober = Prober.start(base(), spec, Clock.systemUTC(), Duration.ofSeconds(10))) {
      awaitObserved(prober, "0-100");
      leaderBody.set("{\"leader\":2,\"leaderPod\":\"2-300\",\"term\":2}");
      awaitObserved(prober, "2-300");
      leaderBody.set("not json at all");
      awaitObserved(prober, null);
      prober.stop();
      List<ProbeSample> samples = prober.samples();
      List<String> seen = samples.stream().map(ProbeSample::observed).distinct().toList();
      assertEquals(java.util.Arrays.asList("0-100", "2-300", null), seen, samples.toString());
      for (ProbeSample sample : samples) {
        assertEquals(sample.observed() != null, sample.ok(), "an answer without the value says nothing: " + sample);
        assertEquals(200, sample.status());
      }
      assertTrue(accepted.stream().allMatch("application/json"::equals), accepted.toString());
    }
  }

  /**
   * Until the prober has stopped by itself at its deadline. Only a bound for a failing test: the prober's
   * waits take no time on {@link VirtualTime}, so this is as long as its probes take.
   */
  private static void awaitDeadline(Prober prober) {
    await("the prober to stop at its deadline").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
        .until(() -> !prober.isRunning());
  }

  /** Until a probe has been answered with {@code value} ({@code null}: an answer without it). */
  private static void awaitObserved(Prober prober, String value) {
    await("a probe observing " + value).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
        .until(() -> prober.samples().stream().anyMatch(s -> s.status() == 200 && Objects.equals(value, s.observed())));
  }

  /** A target URL with user info that OkHttp cannot request is named once, redacted, never echoed whole. */
  @Test
  void aUrlTheClientRejectsIsRefusedInOneLineWithoutItsUserInfo() {
    URI odd = URI.create("http://user:pw-SECRET@127.0.0.1:99999");
    dev.slogate.chaos.ChaosException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.slogate.chaos.ChaosException.class,
        () -> Prober.start(odd, ProbeSpec.of("/health"), java.time.Clock.systemUTC(), Duration.ofSeconds(1)));
    assertEquals("cannot probe http://***@127.0.0.1:99999/health: it is not a URL an HTTP client can request",
        e.getMessage());
  }
}
