package dev.slogate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The tests' HTTP client: JDK, HTTP/1.1, bounded timeouts, loopback only. */
final class Http {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT)
      .build();

  private Http() {}

  static HttpResponse<String> get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** A GET that asks for JSON, as a dashboard would. */
  static HttpResponse<String> getJson(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET());
  }

  /** A GET with an Authorization header (any value, including malformed ones). */
  static HttpResponse<String> getWithAuthorization(String url, String authorization) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET());
  }

  static HttpResponse<String> post(String url, String body) {
    return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static CompletableFuture<HttpResponse<String>> getAsync(String url) {
    return CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The replica that answered, from the X-Slogate-Replica header; -1 when absent. */
  static int replicaOf(HttpResponse<?> response) {
    return response.headers().firstValue("X-Slogate-Replica").map(Integer::parseInt).orElse(-1);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
