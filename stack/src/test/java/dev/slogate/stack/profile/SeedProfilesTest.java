package dev.slogate.stack.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.WebSocketSpec;
import java.time.Duration;
import java.util.List;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The five seed systems' stand-ins load by name, carry the documented topology, and serve
 * latencies that meet their documented targets with room to spare (so a healthy stand-in under a
 * correct injector passes, and a degraded one is what fails).
 */
class SeedProfilesTest {

  /** A stand-in's percentile must stay below this share of the documented threshold. */
  static final double HEADROOM = 0.5;

  @Test
  void everySeedStandInDeclaresHowMuchFasterItRunsItsGuidesTimings() {
    for (String system : List.of("kecs", "sei-platform", "kgas", "reconciliation-platform")) {
      assertEquals(10, StackProfile.load(system).timeScale(), system);
    }
    assertEquals(30, StackProfile.load("fleet-q").timeScale());
    assertEquals(1, StackProfile.load("default").timeScale(), "the reference stack stands in for nothing");
  }

  @Test
  void kecsHasThreeReplicasHaproxyChecksOnHealthJwtOnItsApiAndAWebSocket() {
    StackProfile kecs = StackProfile.load("kecs");
    assertEquals(3, kecs.replicas());
    assertEquals(new HealthCheck(Duration.ofMillis(200), Duration.ofMillis(200), 3, 2, "/health"), kecs.healthCheck());
    for (RouteSpec route : kecs.routes()) {
      assertEquals(route.path().startsWith("/v1/") ? RouteSpec.Auth.JWT : RouteSpec.Auth.NONE, route.auth(), route.key());
    }
    assertTrue(kecs.routes().stream().anyMatch(r -> r.key().equals("GET /v1/clusters")));
    assertTrue(kecs.routes().stream().anyMatch(r -> r.key().equals("GET /ui")));
    assertEquals(List.of(new WebSocketSpec("/ws", Duration.ofSeconds(1))), kecs.websockets());
    assertNull(kecs.leaderElection());
    assertTrue(kecs.healthCheck().worstCaseDetection().compareTo(Duration.ofMillis(800)) <= 0,
        "inter 2s x fall 3 (+ timeout), scaled 10x down");
  }

  @Test
  void seiServesItsApiWellInsideP50P95P99Targets() {
    StackProfile sei = StackProfile.load("sei-platform");
    assertEquals(6, sei.replicas());
    for (RouteSpec route : sei.routes()) {
      assertEquals(0.0, route.errorRatio(), route.key());
      assertBelow(route, 50, Duration.ofMillis(100));
      assertBelow(route, 95, Duration.ofMillis(500));
      assertBelow(route, 99, Duration.ofSeconds(1));
    }
    assertTrue(sei.routes().stream().anyMatch(r -> r.key().equals("GET /static/{asset}")));
  }

  @Test
  void kgasServesPostApiExtractInsideItsP95() {
    StackProfile kgas = StackProfile.load("kgas");
    assertEquals(3, kgas.replicas());
    assertEquals(List.of("POST /api/extract"), kgas.routes().stream().map(RouteSpec::key).toList());
    assertBelow(kgas.routes().get(0), 95, Duration.ofMillis(200));
  }

  @Test
  void fleetQElectsALeaderAndWorksAQueueOnTimingsScaledThirtyfold() {
    StackProfile fleetQ = StackProfile.load("fleet-q");
    assertEquals(30, fleetQ.timeScale(), "the profile declares the factor its timings were divided by");
    assertEquals(3, fleetQ.replicas());
    assertEquals("/health", fleetQ.healthCheck().path());
    assertEquals(Duration.ofMillis(167), fleetQ.healthCheck().interval(), "readiness periodSeconds 5 / 30");
    assertNotNull(fleetQ.leaderElection());
    assertEquals(Duration.ofSeconds(1), fleetQ.leaderElection().heartbeat(), "heartbeat-interval-seconds 30 / 30");
    assertEquals(Duration.ofSeconds(6), fleetQ.leaderElection().deadAfter(), "dead-pod-threshold-seconds 180 / 30");
    assertEquals("POST /api/steps", fleetQ.workQueue().submit());
    assertEquals(Duration.ofMillis(167), fleetQ.workQueue().claimInterval(), "claim-interval-seconds 5 / 30");
    assertEquals(Duration.ofSeconds(10), fleetQ.workQueue().recoveryInterval(), "recovery-interval-seconds 300 / 30");
    assertEquals(16, fleetQ.workQueue().claimLimit(), "max-parallelism 20 x capacity-threshold 0.8");
  }

  @Test
  void reconciliationRunsTwoBackendsWithAPushingWebSocketInsideItsOneSecondAlert() {
    StackProfile recon = StackProfile.load("reconciliation-platform");
    assertEquals(2, recon.replicas(), "HPA minimum of the backend");
    assertEquals(List.of(new WebSocketSpec("/ws", Duration.ofSeconds(1))), recon.websockets());
    for (RouteSpec route : recon.routes()) {
      assertBelow(route, 95, Duration.ofSeconds(1));
      assertTrue(route.path().startsWith("/api/"), route.key());
    }
  }

  private static void assertBelow(RouteSpec route, double percentile, Duration documented) {
    double millis = quantileMillis(route.latency(), percentile / 100);
    assertTrue(millis <= HEADROOM * documented.toMillis(),
        route.key() + ": p" + (int) percentile + " is " + Math.round(millis) + " ms, documented limit " + documented);
  }

  private static double quantileMillis(LatencyDistribution latency, double p) {
    if (latency instanceof LatencyDistribution.LogNormal l) {
      double mu = Math.log(l.median().toNanos());
      double sigma = Math.log((double) l.p99().toNanos() / l.median().toNanos())
          / NormalDistribution.of(0, 1).inverseCumulativeProbability(0.99);
      return LogNormalDistribution.of(mu, sigma).inverseCumulativeProbability(p) / 1e6;
    }
    if (latency instanceof LatencyDistribution.Fixed f) {
      return f.value().toNanos() / 1e6;
    }
    throw new AssertionError("seed stand-ins use lognormal or fixed latencies, not " + latency);
  }
}
