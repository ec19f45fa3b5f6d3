package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Leader election and the step queue with real replica processes really killed: a new leader
 * within the heartbeat table's bound, the dead pod's steps requeued within the recovery bound
 * (and not before it was declared dead), and every step completed exactly once.
 */
class LeaderElectionTest {

  static final LeaderElection ELECTION = new LeaderElection(Duration.ofMillis(100), Duration.ofMillis(600));
  /** Four steps per replica at most, each held 4 s: twelve steps fill three replicas exactly. */
  static final WorkQueue QUEUE = new WorkQueue("POST /api/steps", Duration.ofMillis(50), Duration.ofSeconds(1),
      new LatencyDistribution.Fixed(Duration.ofSeconds(4)), 4, 1.0);
  static final StackProfile PROFILE = new StackProfile("fleet", 3, List.of(),
      new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(100), 2, 1, "/health"),
      List.of(RouteSpec.of("POST", "/api/steps", new LatencyDistribution.Fixed(Duration.ZERO)).withResponseBytes(2)))
      .withLeaderElection(ELECTION, QUEUE);
  /** Scheduling slack on a busy two-core machine. */
  static final Duration MARGIN = Duration.ofMillis(700);
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void killedLeaderIsReplacedAndItsStepsAreRequeuedAndCompletedOnce() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    List<Long> eventNanos = new CopyOnWriteArrayList<>();
    try (RunningStack stack = ReferenceStack.start(PROFILE, StackOptions.defaults())) {
      stack.addListener(new ReplicaListener() {
        @Override public void leaderChanged(OptionalInt previous, OptionalInt current) {
          eventNanos.add(System.nanoTime());
          events.add(text(previous) + "->" + text(current));
        }
      });
      assertEquals(OptionalInt.of(0), stack.leader(), "the lowest index leads after start");
      assertEquals("leader", stack.replica(0).role());
      assertEquals("replica", stack.replica(1).role());
      for (ReplicaHandle replica : stack.replicas()) {
        JsonNode answer = getJson(replica.url() + "/admin/leader");
        assertEquals(0, answer.get("leader").asInt(), "every replica names the same leader");
        assertEquals(replica.index(), answer.get("replica").asInt());
        assertEquals(replica.index() == 0, answer.get("isLeader").asBoolean());
      }

      fillEveryReplica(stack);
      long killedAt = System.nanoTime();
      stack.killReplica(0);

      Duration bound = ELECTION.worstCaseFailover().plus(MARGIN);
      assertTrue(await(bound, () -> stack.leader().equals(OptionalInt.of(1))), "new leader within " + bound);
      assertEquals(List.of("0->1"), events);
      Duration failover = Duration.ofNanos(eventNanos.get(0) - killedAt);
      Duration earliest = ELECTION.deadAfter().minus(ELECTION.heartbeat()).minusMillis(100);
      assertTrue(failover.compareTo(earliest) >= 0 && failover.compareTo(bound) <= 0,
          "leader replaced " + failover.toMillis() + " ms after the kill, expected within ["
              + earliest.toMillis() + ", " + bound.toMillis() + "] ms");
      for (int i : List.of(1, 2)) {
        JsonNode answer = getJson(stack.replica(i).url() + "/admin/leader");
        assertEquals(1, answer.get("leader").asInt());
        assertEquals(2, answer.get("term").asInt(), "two elections so far");
      }
      assertEquals("leader", stack.replica(1).role());

      Duration requeueBound = ELECTION.deadAfter().plus(ELECTION.sweep()).plus(ELECTION.heartbeat())
          .plus(QUEUE.recoveryInterval()).plus(MARGIN);
      assertTrue(await(requeueBound, () -> stack.queue().orElseThrow().requeued() == 4),
          "the dead leader's 4 steps requeued within " + requeueBound + ": " + stack.queue());
      Duration requeuedAfter = Duration.ofNanos(System.nanoTime() - killedAt);
      assertTrue(requeuedAfter.compareTo(earliest) >= 0, "requeued only once the pod was dead: " + requeuedAfter);
      System.out.printf("leader killed: new leader after %d ms, its steps requeued after %d ms%n",
          failover.toMillis(), requeuedAfter.toMillis());

      // Survivors finish their own steps (4 s), then claim and finish the requeued ones.
      assertTrue(await(Duration.ofSeconds(12), () -> stack.queue().orElseThrow().completed() == 12),
          "every step completed: " + stack.queue());
      QueueSnapshot done = stack.queue().orElseThrow();
      assertEquals(new QueueSnapshot(12, 0, 0, 12, 4, 0, Map.of()), done);
      assertTrue(done.accountsForEveryStep());
    }
  }

  @Test
  void killedWorkerLosesNoStepAndTheLeaderStays() throws Exception {
    try (RunningStack stack = ReferenceStack.start(PROFILE, StackOptions.defaults())) {
      fillEveryReplica(stack);
      long killedAt = System.nanoTime();
      stack.killReplica(2);
      Duration requeueBound = ELECTION.deadAfter().plus(ELECTION.sweep()).plus(QUEUE.recoveryInterval()).plus(MARGIN);
      assertTrue(await(requeueBound, () -> stack.queue().orElseThrow().requeued() == 4),
          "requeued within " + requeueBound + ": " + stack.queue());
      Duration requeuedAfter = Duration.ofNanos(System.nanoTime() - killedAt);
      assertTrue(requeuedAfter.compareTo(ELECTION.deadAfter().minus(ELECTION.heartbeat()).minusMillis(100)) >= 0,
          "requeued " + requeuedAfter.toMillis() + " ms after the kill, before the pod could be declared dead");
      assertEquals(OptionalInt.of(0), stack.leader());
      assertFalse(stack.queue().orElseThrow().claimedByReplica().containsKey(2));

      // A restarted replica is a new pod: it heartbeats, claims, and does not take office.
      stack.restartReplica(2);
      assertTrue(await(Duration.ofSeconds(12), () -> stack.queue().orElseThrow().completed() == 12),
          "every step completed: " + stack.queue());
      assertEquals(OptionalInt.of(0), stack.leader());

      HttpResponse<String> metrics = Http.get(stack.frontUrl() + "/admin/queue");
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.body().contains("\nfleet_completed_steps_total 12\n"), metrics.body());
      assertTrue(metrics.body().contains("\nfleet_requeued_steps_total 4\n"), metrics.body());
    }
  }

  /** Submits twelve steps through the balancer and waits until each replica holds four. */
  private static void fillEveryReplica(RunningStack stack) throws InterruptedException {
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> response = Http.post(stack.frontUrl() + "/api/steps", "");
      assertEquals(200, response.statusCode());
      ids.add(Long.parseLong(response.headers().firstValue("X-Step-Id").orElseThrow()));
    }
    assertEquals(12, ids.size(), "each submission is its own step");
    assertTrue(await(Duration.ofSeconds(3),
            () -> stack.queue().orElseThrow().claimedByReplica().equals(Map.of(0, 4, 1, 4, 2, 4))),
        "each replica claims up to its capacity: " + stack.queue());
    JsonNode queue = getJson(stack.frontUrl() + "/admin/queue");
    assertEquals(12, queue.get("claimed").asInt());
    assertEquals(0, queue.get("pending").asInt());
  }

  private static JsonNode getJson(String url) {
    try {
      HttpResponse<String> response = Http.getJson(url);
      assertEquals(200, response.statusCode(), url + ": " + response.body());
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(url + " answered no JSON", e);
    }
  }

  /** Whether {@code condition} came true within {@code timeout}; the caller's assertion says what was awaited. */
  private static boolean await(Duration timeout, java.util.function.BooleanSupplier condition) {
    try {
      Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
          .until(condition::getAsBoolean);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  private static String text(OptionalInt replica) {
    return replica.isPresent() ? Integer.toString(replica.getAsInt()) : "none";
  }
}
