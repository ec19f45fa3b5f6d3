package dev.slogate.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Really killing and restarting replica processes under a real balancer. */
class ReplicaFailureTest {

  static final HealthCheck CHECKS = new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(100), 2, 3);
  static final Duration SLOW = Duration.ofMillis(1500);
  static final StackProfile PROFILE = new StackProfile("failures", 3, List.of(), CHECKS, List.of(
      RouteSpec.of("GET", "/fast", new LatencyDistribution.Fixed(Duration.ZERO)),
      RouteSpec.of("GET", "/slow", new LatencyDistribution.Fixed(SLOW))));
  /** Scheduling slack on a busy two-core machine, on top of what the checks themselves allow. */
  static final Duration MARGIN = Duration.ofMillis(700);

  @Test
  void killedReplicaFailsItsRequestsLeavesRotationAndReturnsAfterRiseChecks() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    List<Long> eventNanos = new CopyOnWriteArrayList<>();
    try (RunningStack stack = ReferenceStack.start(PROFILE, StackOptions.defaults())) {
      stack.addListener(new ReplicaListener() {
        @Override public void replicaDown(int index) { eventNanos.add(System.nanoTime()); events.add("down " + index); }
        @Override public void replicaUp(int index) { eventNanos.add(System.nanoTime()); events.add("up " + index); }
      });
      ReplicaHandle victim = stack.replica(1);

      // Round robin puts one of three overlapping slow requests on each replica.
      List<CompletableFuture<HttpResponse<String>>> slowRequests = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        slowRequests.add(Http.getAsync(stack.frontUrl() + "/slow"));
      }
      // Killed only once each replica is answering its slow request, so that exactly one of them dies mid-request.
      await().atMost(SLOW).pollInterval(Duration.ofMillis(20))
          .until(() -> stack.replicas().stream().allMatch(replica -> inFlight(replica) == 1));
      long killedAt = System.nanoTime();
      stack.killReplica(1);
      assertFalse(victim.isAlive(), "SIGKILL took the process away");

      Map<Integer, Integer> statuses = new TreeMap<>();
      List<Long> elapsed = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> request : slowRequests) {
        HttpResponse<String> response = request.get();
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() != 200) {
          elapsed.add(System.nanoTime() - killedAt);
        }
      }
      assertEquals(Map.of(200, 2, 503, 1), statuses, "the request on the killed replica fails, unretried");
      // The gauge the kill waited on counts down again once the survivors have answered.
      await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
          .until(() -> inFlight(stack.replica(0)) == 0 && inFlight(stack.replica(2)) == 0);

      Duration detection = CHECKS.worstCaseDetection().plus(MARGIN);
      assertTrue(stack.awaitInRotation(1, false, detection), "out of rotation within " + detection);
      assertEquals(List.of("down 1"), events);
      Duration toDetect = Duration.ofNanos(eventNanos.get(0) - killedAt);
      assertTrue(toDetect.compareTo(detection) <= 0, "detected after " + toDetect);
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> response = Http.get(stack.frontUrl() + "/fast");
        assertEquals(200, response.statusCode(), "request " + i + " after the replica left rotation");
        assertNotEquals(1, Http.replicaOf(response));
      }
      assertEquals(List.of(1), stack.groundTruth().snapshot().missing());

      long restartedAt = System.nanoTime();
      ReplicaHandle reborn = stack.restartReplica(1);
      assertNotEquals(victim.pid(), reborn.pid());
      assertTrue(reborn.isAlive());
      assertFalse(stack.replicasInRotation().contains(1), "a restarted replica has to earn its place");
      Duration rise = CHECKS.interval().multipliedBy(CHECKS.rise()).plus(CHECKS.timeout()).plus(MARGIN);
      assertTrue(stack.awaitInRotation(1, true, rise), "back in rotation within " + rise);
      assertEquals(List.of("down 1", "up 1"), events);
      Duration toRise = Duration.ofNanos(eventNanos.get(1) - restartedAt);
      Duration minimum = CHECKS.interval().multipliedBy(CHECKS.rise() - 1);
      assertTrue(toRise.compareTo(minimum) >= 0, "rise took " + toRise + ", at least " + minimum + " expected");

      Map<Integer, Integer> perReplica = new TreeMap<>();
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> response = Http.get(stack.frontUrl() + "/fast");
        assertEquals(200, response.statusCode());
        perReplica.merge(Http.replicaOf(response), 1, Integer::sum);
      }
      assertEquals(Map.of(0, 10, 1, 10, 2, 10), perReplica);
      assertEquals(reborn.url(), stack.replica(1).url());
    }
  }

  /** Route requests the replica has received and not yet answered, from its own metrics. */
  static int inFlight(ReplicaHandle replica) {
    String text = Http.get(replica.url() + "/metrics").body();
    Matcher m = Pattern.compile("(?m)^slogate_stack_requests_in_flight\\{replica=\"" + replica.index() + "\"} (\\S+)$")
        .matcher(text);
    assertTrue(m.find(), text);
    return (int) Double.parseDouble(m.group(1));
  }

  @Test
  void degradedOptionsAddLatencyAndFailuresToEveryRoute() {
    StackOptions degraded = StackOptions.defaults()
        .withReplicas(1)
        .withAddedLatency(Duration.ofMillis(30))
        .withErrorRatio(1.0);
    try (RunningStack stack = ReferenceStack.start(StackProfile.defaultProfile(), degraded)) {
      assertEquals(1, stack.replicas().size());
      for (int i = 0; i < 10; i++) {
        assertEquals(500, Http.get(stack.frontUrl() + "/api/fast").statusCode());
      }
      TruthSnapshot truth = stack.groundTruth().snapshot();
      assertEquals(10, truth.count("GET /api/fast", 500));
      assertTrue(truth.route("GET /api/fast").getMinValue() >= 30_000,
          "30 ms added, in microseconds: " + truth.route("GET /api/fast").getMinValue());
    }
  }
}
