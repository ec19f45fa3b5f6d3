package dev.slogate.stack.haproxy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.ReplicaHandle;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real HAProxy in front of real replicas, configured from the stack's own health-check settings. */
class HaproxyFrontTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeAll
  static void needsHaproxy() {
    boolean available = HaproxyFront.available();
    if (!available && "1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      throw new AssertionError("haproxy is not installed, and SLOGATE_REQUIRE_ALL=1 forbids skipping");
    }
    assumeTrue(available, "haproxy is not installed (apt-get install haproxy); skipping the HAProxy tests");
  }

  @Test
  void roundRobinsThenTakesAKilledReplicaOutAndFollowsItsRestart() throws Exception {
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults());
        HaproxyFront haproxy = HaproxyFront.start(stack.replicas().stream().map(ReplicaHandle::url).toList(),
            stack.profile().healthCheck(), 0)) {
      HealthCheck check = stack.profile().healthCheck();
      assertEquals(Set.of("0", "1", "2"), servedBy(haproxy.frontUrl(), 30));

      long killedAt = System.nanoTime();
      stack.killReplica(0);
      long detectedAt = awaitStatus(haproxy, 0, "DOWN", Duration.ofSeconds(10));
      long detectionMillis = (detectedAt - killedAt) / 1_000_000;
      // fall failed checks; the first may start up to one interval after the kill, each may take the timeout.
      long bound = check.fall() * check.interval().toMillis() + check.interval().toMillis() + check.timeout().toMillis() + 300;
      assertTrue(detectionMillis <= bound, "HAProxy took " + detectionMillis + " ms to mark r0 down; bound " + bound + " ms");
      assertEquals(Set.of("1", "2"), servedBy(haproxy.frontUrl(), 30));

      ReplicaHandle restarted = stack.restartReplica(0);
      haproxy.updateReplica(0, restarted.url());
      awaitStatus(haproxy, 0, "UP", Duration.ofSeconds(10));
      assertEquals(Set.of("0", "1", "2"), servedBy(haproxy.frontUrl(), 30));
    }
  }

  /** Which replicas answered {@code count} requests, all of which must succeed. */
  private static Set<String> servedBy(String frontUrl, int count) throws Exception {
    Set<String> replicas = new TreeSet<>();
    HttpRequest request = HttpRequest.newBuilder(URI.create(frontUrl + "/api/fast")).timeout(Duration.ofSeconds(5)).build();
    for (int i = 0; i < count; i++) {
      HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
      assertEquals(200, response.statusCode(), "request " + i + " through haproxy");
      replicas.add(response.headers().firstValue("X-Slogate-Replica").orElse("?"));
    }
    return replicas;
  }

  /** When r{@code index} was first seen {@code status}, on {@link System#nanoTime()}, to within the 10 ms poll. */
  private static long awaitStatus(HaproxyFront haproxy, int index, String status, Duration timeout) {
    await("r" + index + " to become " + status).atMost(timeout).pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10)).until(() -> haproxy.serverStatus(index), equalTo(status));
    return System.nanoTime();
  }
}
