package dev.slogate.stack.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.StackException;
import dev.slogate.stack.truth.TruthReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The parent's side of a replica's control endpoints: readiness checks for the balancer, ground
 * truth, and switching health. Plain JDK HTTP client, HTTP/1.1, loopback only.
 */
public final class ReplicaClient {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;

  public ReplicaClient() {
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CALL_TIMEOUT)
        .build();
  }

  /** {@link #ready(URI, String, Duration)} of {@code /health/ready}. */
  public CompletableFuture<Boolean> ready(URI replica, Duration timeout) {
    return ready(replica, "/health/ready", timeout);
  }

  /**
   * {@code GET path}; completes with true for a 2xx or 3xx answer within {@code timeout} and
   * false for anything else (including no answer at all). Never completes exceptionally.
   */
  public CompletableFuture<Boolean> ready(URI replica, String path, Duration timeout) {
    HttpRequest request = HttpRequest.newBuilder(replica.resolve(path))
        .timeout(timeout)
        .GET()
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .completeOnTimeout(null, timeout.toNanos(), TimeUnit.NANOSECONDS)
        .handle((response, error) -> response != null && response.statusCode() >= 200
            && response.statusCode() < 400);
  }

  public TruthReport truth(URI replica) {
    String body = call(HttpRequest.newBuilder(replica.resolve("/truth")).GET(), 200);
    try {
      return JSON.readValue(body, TruthReport.class);
    } catch (JsonProcessingException e) {
      throw new StackException("unreadable ground truth from " + replica + ": " + e.getOriginalMessage(), e);
    }
  }

  public void resetTruth(URI replica) {
    call(HttpRequest.newBuilder(replica.resolve("/truth/reset")).POST(HttpRequest.BodyPublishers.noBody()), 204);
  }

  public void setHealth(URI replica, boolean healthy) {
    URI uri = replica.resolve("/admin/health?status=" + (healthy ? "up" : "down"));
    call(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()), 204);
  }

  private String call(HttpRequest.Builder request, int expectedStatus) {
    HttpRequest built = request.timeout(CALL_TIMEOUT).build();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new StackException(built.method() + " " + built.uri() + " answered "
            + response.statusCode() + ", expected " + expectedStatus);
      }
      return response.body();
    } catch (IOException e) {
      throw new StackException(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted: " + built.method() + " " + built.uri());
    }
  }
}
