package dev.slogate.benchmarks.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.harness.Nginx;
import dev.slogate.benchmarks.harness.Programs;
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
      Thread.sleep(5);
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
