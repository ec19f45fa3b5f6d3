package dev.slogate.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.config.Defaults;
import dev.slogate.config.Options;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The requests a generic simulation sends: each virtual user sends one, picked uniformly from a list of
 * {@code METHOD /path} entries. One request per user keeps arrivals and requests the same number, so the
 * planned arrival rate is the planned request rate.
 */
public final class RequestMix {

  /** Matches the embedded reference stack's default profile. */
  public static final String DEFAULT = Defaults.REQUESTS;

  private final List<Endpoint> endpoints;

  public record Endpoint(String method, String path) {
    public String requestName() {
      return method + " " + path;
    }
  }

  private RequestMix(List<Endpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  /**
   * Parses {@code "GET /a, POST /b"}; a bare path means GET.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static RequestMix parse(String text) {
    List<Endpoint> endpoints = new java.util.ArrayList<>();
    for (String raw : text.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      String[] parts = entry.split("\\s+");
      String method = parts.length == 1 ? "GET" : parts[0].toUpperCase(Locale.ROOT);
      String path = parts.length == 1 ? parts[0] : parts[1];
      if (parts.length > 2 || !path.startsWith("/") || !method.matches("GET|POST|PUT|DELETE|PATCH|HEAD")) {
        throw new IllegalArgumentException(
            "request '" + entry + "' is not of the form 'METHOD /path' (" + Options.REQUESTS.key() + ")");
      }
      endpoints.add(new Endpoint(method, path));
    }
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException(Options.REQUESTS.key() + " names no request");
    }
    return new RequestMix(endpoints);
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** One request, chosen uniformly. */
  public ChainBuilder chain() {
    if (endpoints.size() == 1) {
      return exec(request(endpoints.get(0)));
    }
    List<ChainBuilder> choices = endpoints.stream().map(e -> exec(request(e))).toList();
    return exec(uniformRandomSwitch().on(choices));
  }

  private static io.gatling.javaapi.http.HttpRequestActionBuilder request(Endpoint endpoint) {
    var name = endpoint.requestName();
    return switch (endpoint.method()) {
      case "POST" -> http(name).post(endpoint.path());
      case "PUT" -> http(name).put(endpoint.path());
      case "DELETE" -> http(name).delete(endpoint.path());
      case "PATCH" -> http(name).patch(endpoint.path());
      case "HEAD" -> http(name).head(endpoint.path());
      default -> http(name).get(endpoint.path());
    };
  }
}
