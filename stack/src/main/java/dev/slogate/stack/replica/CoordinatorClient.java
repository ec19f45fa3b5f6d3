package dev.slogate.stack.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.QueueSnapshot;
import dev.slogate.stack.coordination.LeaderView;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A replica's side of the parent's coordinator (see {@code CoordinatorHttp} for the protocol):
 * asynchronous, bounded by a timeout, never blocking an I/O thread. A call that fails completes
 * exceptionally; callers decide whether that matters.
 */
final class CoordinatorClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final URI base;
  private final String pod;
  private final int replica;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT)
      .build();

  CoordinatorClient(URI base, String pod, int replica) {
    this.base = base;
    this.pod = pod;
    this.replica = replica;
  }

  String pod() {
    return pod;
  }

  CompletableFuture<LeaderView> heartbeat() {
    return call("POST", "/heartbeat?pod=" + pod + "&replica=" + replica, 200)
        .thenApply(body -> read(body, LeaderView.class));
  }

  CompletableFuture<LeaderView> leader() {
    return call("GET", "/leader", 200).thenApply(body -> read(body, LeaderView.class));
  }

  CompletableFuture<QueueSnapshot> queue() {
    return call("GET", "/queue", 200).thenApply(body -> read(body, QueueSnapshot.class));
  }

  CompletableFuture<Long> submit() {
    return call("POST", "/steps", 201).thenApply(body -> read(body, JsonNode.class).get("id").asLong());
  }

  /** The ids claimed; an empty list when the coordinator refuses (this pod was declared dead). */
  CompletableFuture<List<Long>> claim(int max) {
    return send("POST", "/claim?pod=" + pod + "&max=" + max).thenApply(response -> {
      List<Long> ids = new ArrayList<>();
      if (response.statusCode() == 200) {
        read(response.body(), JsonNode.class).get("steps").forEach(id -> ids.add(id.asLong()));
      }
      return ids;
    });
  }

  /** Whether the coordinator accepted the completion (this pod still held the step). */
  CompletableFuture<Boolean> complete(long step) {
    return send("POST", "/complete?pod=" + pod + "&step=" + step).thenApply(r -> r.statusCode() == 204);
  }

  /** Steps requeued, or -1 when this pod is not the leader. */
  CompletableFuture<Integer> recover() {
    return send("POST", "/recover?pod=" + pod).thenApply(r -> r.statusCode() == 200
        ? read(r.body(), JsonNode.class).get("requeued").asInt() : -1);
  }

  private CompletableFuture<String> call(String method, String pathAndQuery, int expected) {
    return send(method, pathAndQuery).thenApply(response -> {
      if (response.statusCode() != expected) {
        throw new CompletionException(new IllegalStateException(
            method + " " + pathAndQuery + " answered " + response.statusCode()));
      }
      return response.body();
    });
  }

  private CompletableFuture<HttpResponse<String>> send(String method, String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(TIMEOUT)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static <T> T read(String body, Class<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException("unreadable coordinator answer: " + e.getMessage(), e);
    }
  }
}
