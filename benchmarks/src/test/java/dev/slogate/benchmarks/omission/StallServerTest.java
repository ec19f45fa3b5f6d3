package dev.slogate.benchmarks.omission;

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

      long fast = timeAt(request, schedule, 600);
      long stalled = timeAt(request, schedule, 100);

      assertTrue(fast < 100, "outside a stall the answer comes at once, took " + fast + " ms");
      assertTrue(stalled >= 290 && stalled < 400, "100 ms into a 400 ms stall the answer waits ~300 ms, took " + stalled + " ms");
      // The server records an exchange once it has completed, which can be just after the client has its answer.
      Histogram served = server.served(0, Long.MAX_VALUE);
      for (int i = 0; i < 100 && served.getTotalCount() < 3; i++) {
        Thread.sleep(10);
        served = server.served(0, Long.MAX_VALUE);
      }
      assertEquals(3, served.getTotalCount());
      assertEquals(3, server.served(0, Long.MAX_VALUE).getTotalCount(), "reading the record does not consume it");
      assertTrue(served.getMaxValue() >= 290_000, "the server's record holds the wait: " + served.getMaxValue() + " µs");
    }
  }

  /** Sends {@code request} {@code intoPeriodMillis} after the start of the next period; returns its latency in ms. */
  private long timeAt(HttpRequest request, StallSchedule schedule, long intoPeriodMillis) throws Exception {
    long now = System.currentTimeMillis();
    long nextPeriod = now - Math.floorMod(now, schedule.periodMillis()) + schedule.periodMillis();
    Thread.sleep(nextPeriod + intoPeriodMillis - now);
    long started = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("ok\n", response.body());
    return (System.nanoTime() - started) / 1_000_000;
  }
}
