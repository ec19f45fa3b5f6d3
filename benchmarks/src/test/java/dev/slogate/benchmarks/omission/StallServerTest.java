package dev.slogate.benchmarks.omission;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The stall server over real loopback HTTP: answers at once between stalls, at the stall's end during one. */
class StallServerTest {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void holdsAnswersUntilTheStallEndsAndRecordsWhatEachRequestWaited() throws Exception {
    StallSchedule schedule = new StallSchedule(1_000, 400);
    try (StallServer server = new StallServer(schedule)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/")).timeout(Duration.ofSeconds(3)).build();
      client.send(request, HttpResponse.BodyHandlers.discarding());

      Timed fast = timeAt(request, schedule, 600);
      Timed stalled = timeAt(request, schedule, 100);

      assertTrue(fast.latencyMillis() < 100, "outside a stall the answer comes at once, took " + fast);
      // The answer waits at least until the stall's end as seen from when it was sent: ~300 ms, less if a busy
      // machine sent it late, never more than the stall.
      long mustWait = schedule.waitMillis(stalled.sentAtMillis());
      assertTrue(mustWait > 0, "sent during the stall: " + stalled);
      assertTrue(stalled.latencyMillis() >= mustWait - 1 && stalled.latencyMillis() < 400,
          "100 ms into a 400 ms stall the answer waits until the stall's end, " + mustWait + " ms; took " + stalled);
      // The server records an exchange once it has completed, which can be just after the client has its answer.
      Histogram served = await("the server's record of the 3 requests").atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(10))
          .until(() -> server.served(0, Long.MAX_VALUE), truth -> truth.getTotalCount() >= 3);
      assertEquals(3, served.getTotalCount());
      assertEquals(3, server.served(0, Long.MAX_VALUE).getTotalCount(), "reading the record does not consume it");
      assertTrue(served.getMaxValue() >= 290_000, "the server's record holds the wait: " + served.getMaxValue() + " µs");
    }
  }

  /** When a request was sent, on the clock the stall schedule runs on, and how long its answer took. */
  private record Timed(long sentAtMillis, long latencyMillis) {}

  /**
   * Sends {@code request} {@code intoPeriodMillis} after the start of the next period (the schedule is the
   * wall clock's: the wait only positions the request in it); returns when it was sent and its latency.
   */
  private Timed timeAt(HttpRequest request, StallSchedule schedule, long intoPeriodMillis) throws Exception {
    long now = System.currentTimeMillis();
    long nextPeriod = now - Math.floorMod(now, schedule.periodMillis()) + schedule.periodMillis();
    Thread.sleep(nextPeriod + intoPeriodMillis - now);
    long sentAt = System.currentTimeMillis();
    long started = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("ok\n", response.body());
    return new Timed(sentAt, (System.nanoTime() - started) / 1_000_000);
  }
}
