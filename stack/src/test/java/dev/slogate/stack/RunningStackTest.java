package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real three-replica stack, shared by tests that leave it as they found it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunningStackTest {

  static final HealthCheck FAST_CHECKS = new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(100), 2, 2);
  static final StackProfile PROFILE = new StackProfile("test", 3, List.of("leader"), FAST_CHECKS, List.of(
      RouteSpec.of("GET", "/fast", new LatencyDistribution.Fixed(Duration.ZERO)).withResponseBytes(10),
      new RouteSpec("GET", "/flaky", new LatencyDistribution.Fixed(Duration.ZERO), 0.3, 503, 5),
      RouteSpec.of("POST", "/slow", new LatencyDistribution.Fixed(Duration.ofMillis(20))),
      RouteSpec.of("GET", "/items/{id}",
          new LatencyDistribution.LogNormal(Duration.ofMillis(1), Duration.ofMillis(4)))));

  RunningStack stack;

  @BeforeAll
  void start() {
    long begin = System.nanoTime();
    stack = ReferenceStack.start(PROFILE, StackOptions.defaults());
    System.out.println("3-replica stack started in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
  }

  @AfterAll
  void stop() {
    List<ReplicaHandle> replicas = stack.replicas();
    stack.close();
    for (ReplicaHandle replica : replicas) {
      assertTrue(!replica.isAlive(), "close() waits for replica " + replica.index() + " to exit");
    }
  }

  @BeforeEach
  void forgetEarlierTests() {
    assertEquals(Set.of(0, 1, 2), stack.replicasInRotation());
    stack.groundTruth().reset();
  }

  @Test
  void startsEveryReplicaAsItsOwnProcessInRotation() {
    List<ReplicaHandle> replicas = stack.replicas();
    assertEquals(3, replicas.size());
    assertEquals(3, replicas.stream().map(ReplicaHandle::pid).distinct().count());
    assertTrue(replicas.stream().noneMatch(r -> r.pid() == ProcessHandle.current().pid()));
    assertEquals(List.of("leader", "replica", "replica"), replicas.stream().map(ReplicaHandle::role).toList());
    assertTrue(stack.frontUrl().matches("http://127\\.0\\.0\\.1:\\d+"), stack.frontUrl());
    assertTrue(replicas.stream().allMatch(ReplicaHandle::isAlive));
  }

  @Test
  void roundRobinVisitsReplicasInTurn() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> response = Http.get(stack.frontUrl() + "/fast");
      assertEquals(200, response.statusCode());
      assertEquals("x".repeat(10), response.body());
      order.add(Http.replicaOf(response));
    }
    for (int i = 1; i < order.size(); i++) {
      assertEquals((order.get(i - 1) + 1) % 3, order.get(i), "turn order " + order);
    }
    TruthSnapshot truth = stack.groundTruth().snapshot();
    for (int r = 0; r < 3; r++) {
      assertEquals(10, truth.replica(r).count("GET /fast", 200), "replica " + r);
    }
  }

  @Test
  void errorRatioAndStatusAreHonouredAndCountedExactly() {
    int requests = 2000;
    Map<Integer, Long> seen = new TreeMap<>();
    for (int i = 0; i < requests; i++) {
      seen.merge(Http.get(stack.frontUrl() + "/flaky").statusCode(), 1L, Long::sum);
    }
    assertEquals(Set.of(200, 503), seen.keySet());
    double ratio = seen.get(503) / (double) requests;
    double sd = Math.sqrt(0.3 * 0.7 / requests);
    assertEquals(0.3, ratio, 4.5 * sd, "error ratio " + seen);
    assertEquals(seen, stack.groundTruth().snapshot().statusCounts("GET /flaky"));
  }

  @Test
  void groundTruthCountsEveryRequestAndItsServiceTime() {
    for (int i = 0; i < 60; i++) {
      assertEquals(200, Http.post(stack.frontUrl() + "/slow", "order " + i).statusCode());
      assertEquals(200, Http.get(stack.frontUrl() + "/items/" + i).statusCode());
      assertEquals(200, Http.get(stack.frontUrl() + "/fast").statusCode());
    }
    TruthSnapshot truth = stack.groundTruth().snapshot();
    assertTrue(truth.isComplete());
    assertEquals(180, truth.totalCount());
    assertEquals(180, truth.overall().getTotalCount());
    Histogram slow = truth.route("POST /slow");
    assertEquals(60, slow.getTotalCount());
    assertTrue(slow.getMinValue() >= 20_000, "20 ms fixed delay, in microseconds: " + slow.getMinValue());
    assertTrue(slow.getValueAtPercentile(50) < 60_000, "median " + slow.getValueAtPercentile(50));
    assertEquals(60, truth.route("GET /items/{id}").getTotalCount());
    assertEquals(60, truth.count("GET /fast", 200));
    assertEquals(0, truth.route("GET /flaky").getTotalCount());
    for (int r = 0; r < 3; r++) {
      assertEquals(60, truth.replica(r).requests(), "round robin gives replica " + r + " a third");
    }

    stack.groundTruth().reset();
    assertEquals(0, stack.groundTruth().snapshot().totalCount());
  }

  @Test
  void everyReplicaServesHealthWithItsRole() {
    for (ReplicaHandle replica : stack.replicas()) {
      for (String path : List.of("/health", "/health/ready")) {
        HttpResponse<String> response = Http.get(replica.url() + path);
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"replica\":" + replica.index() + ",\"role\":\"" + replica.role() + "\"}",
            response.body());
      }
    }
  }

  @Test
  void metricsCountRequestsPerRouteAndStatus() {
    Map<Integer, Long> before = new HashMap<>();
    for (ReplicaHandle replica : stack.replicas()) {
      before.put(replica.index(), itemsCount(replica));
    }
    for (int i = 0; i < 12; i++) {
      assertEquals(200, Http.get(stack.frontUrl() + "/items/" + i).statusCode());
    }
    for (ReplicaHandle replica : stack.replicas()) {
      assertEquals(before.get(replica.index()) + 4, itemsCount(replica), "replica " + replica.index());
      String text = Http.get(replica.url() + "/metrics").body();
      assertTrue(text.contains("slogate_stack_requests_seconds_sum{method=\"POST\",replica=\"" + replica.index()
          + "\",route=\"/slow\",status=\"200\"}"), text);
    }
  }

  @Test
  void unknownPathsAre404() {
    assertEquals(404, Http.get(stack.frontUrl() + "/nothing/here").statusCode());
    assertEquals(405, Http.post(stack.frontUrl() + "/fast", "").statusCode());
  }

  @Test
  void aReplicaFailingItsHealthCheckLeavesRotationAndComesBack() {
    List<String> events = new CopyOnWriteArrayList<>();
    ReplicaListener listener = new ReplicaListener() {
      @Override public void replicaDown(int index) { events.add("down " + index); }
      @Override public void replicaUp(int index) { events.add("up " + index); }
    };
    ReplicaListener throwing = new ReplicaListener() {
      @Override public void replicaDown(int index) { throw new IllegalStateException("listener bug"); }
    };
    stack.addListener(throwing);
    stack.addListener(listener);
    try {
      stack.setReplicaHealthy(2, false);
      assertEquals(503, Http.get(stack.replica(2).url() + "/health/ready").statusCode());
      Duration detection = FAST_CHECKS.worstCaseDetection().plus(Duration.ofSeconds(1));
      assertTrue(stack.awaitInRotation(2, false, detection), "out of rotation within " + detection);
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> response = Http.get(stack.frontUrl() + "/fast");
        assertEquals(200, response.statusCode());
        assertNotEquals(2, Http.replicaOf(response));
      }
      // Still serving its routes directly: only its health endpoint says otherwise.
      assertEquals(200, Http.get(stack.replica(2).url() + "/fast").statusCode());

      stack.setReplicaHealthy(2, true);
      assertTrue(stack.awaitInRotation(2, true, detection), "back in rotation within " + detection);
      assertEquals(List.of("down 2", "up 2"), events);
    } finally {
      stack.removeListener(listener);
      stack.removeListener(throwing);
    }
  }

  private long itemsCount(ReplicaHandle replica) {
    String text = Http.get(replica.url() + "/metrics").body();
    Matcher m = Pattern.compile("slogate_stack_requests_seconds_count\\{method=\"GET\",replica=\""
        + replica.index() + "\",route=\"/items/\\{id}\",status=\"200\"} (\\d+)").matcher(text);
    assertTrue(m.find(), text);
    return Long.parseLong(m.group(1));
  }
}
