package dev.slogate.benchmarks.accuracy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.internal.harness.Nginx;
import dev.slogate.benchmarks.internal.harness.Programs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nginx as the benchmarks run it (a real process on loopback), and its access log read as truth. */
class NginxTruthTest {

  @Test
  void everyRequestAfterTheResetIsInTheTruthAndNothingBefore(@TempDir Path dir) throws Exception {
    Programs.require(Nginx.binary().isPresent(), "nginx", "nginx");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Histogram whole;
    Path log;
    try (Nginx nginx = Nginx.start(dir.resolve("nginx"), true)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(nginx.url() + "/api/items")).timeout(Duration.ofSeconds(2)).build();
      for (int i = 0; i < 3; i++) {
        assertEquals(200, client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
      }
      // nginx logs a request after answering it, stamped to the millisecond: the reset must fall in a later
      // millisecond than the third warm-up's line.
      Path accessLog = nginx.accessLog().orElseThrow();
      await("the warm-up logged before the current millisecond").atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(1)).until(() -> {
            List<String> logged = Files.readAllLines(accessLog);
            return logged.size() == 3 && loggedMillis(logged.get(2)) < System.currentTimeMillis();
          });
      NginxTruth truth = new NginxTruth(nginx.accessLog().orElseThrow());
      truth.reset();
      for (int i = 0; i < 7; i++) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals("ok\n", response.body());
      }
      whole = truth.whole();
      log = nginx.accessLog().orElseThrow();
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(10, lines.size(), "one line per request: " + lines);
    assertTrue(lines.get(0).matches("\\d+\\.\\d{3} \\d+\\.\\d{3}"), lines.get(0));
    assertEquals(7, whole.getTotalCount());
    assertTrue(whole.getMaxValue() < 100_000, "a 200 from nginx takes well under 100 ms: " + whole.getMaxValue() + " µs");
  }

  /** The line's {@code $msec}, as {@link NginxTruth} reads it. */
  private static long loggedMillis(String line) {
    return Math.round(Double.parseDouble(line.substring(0, line.indexOf(' '))) * 1000);
  }

  @Test
  void stopsItsProcess(@TempDir Path dir) throws Exception {
    Programs.require(Nginx.binary().isPresent(), "nginx", "nginx");
    Nginx nginx = Nginx.start(dir.resolve("nginx"), false);
    int port = nginx.port();
    nginx.close();
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
      throw new AssertionError("nginx still listens on " + port);
    } catch (java.io.IOException expected) {
      // refused: nothing listens any more
    }
  }
}
