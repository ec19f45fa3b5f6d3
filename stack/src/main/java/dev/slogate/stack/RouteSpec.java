package dev.slogate.stack;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One route a replica serves: what it answers, how slowly, how often it fails, and how much it
 * sends back. Immutable.
 *
 * @param method HTTP method, upper case (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)
 * @param path absolute path; {@code {name}} segments match any value ({@code /api/items/{id}})
 * @param latency the delay before the replica answers
 * @param errorRatio share of requests answered with {@code errorStatus}, in [0, 1]
 * @param errorStatus status code of a failed answer, 400..599
 * @param responseBytes body size of every answer, in bytes
 * @param auth what the route demands of the caller before it answers
 */
public record RouteSpec(
    String method, String path, LatencyDistribution latency,
    double errorRatio, int errorStatus, int responseBytes, Auth auth) {

  /** What a route demands of its caller. */
  public enum Auth {
    /** Anyone may call. */
    NONE,
    /**
     * An {@code Authorization: Bearer <jwt>} header whose token is well formed: three base64url
     * parts (the signature may be empty, as in an unsigned token). The signature is not verified:
     * a stand-in has no key. A missing or malformed token is answered 401 at once.
     */
    JWT;

    /** The spelling in profiles: {@code none}, {@code jwt}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Auth parse(String text) {
      for (Auth auth : values()) {
        if (auth.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
          return auth;
        }
      }
      throw new IllegalArgumentException("auth '" + text + "' is not one of none, jwt");
    }
  }

  /** Paths the replica serves itself; a profile cannot take them over. */
  public static final Set<String> RESERVED_PATHS =
      Set.of("/health", "/health/ready", "/metrics", "/truth", "/truth/reset", "/admin/health");

  static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

  /** A route anyone may call. */
  public RouteSpec(String method, String path, LatencyDistribution latency,
      double errorRatio, int errorStatus, int responseBytes) {
    this(method, path, latency, errorRatio, errorStatus, responseBytes, Auth.NONE);
  }

  public RouteSpec {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(latency, "latency");
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method '" + method + "' is not one of "
          + String.join(", ", METHODS.stream().sorted().toList()));
    }
    if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.matches(".*\\s.*")) {
      throw new IllegalArgumentException(
          "path '" + path + "' must start with '/' and contain no spaces, query or fragment");
    }
    if (RESERVED_PATHS.contains(path) || path.startsWith("/admin/")) {
      throw new IllegalArgumentException("path '" + path + "' is reserved by the replica");
    }
    if (!(errorRatio >= 0 && errorRatio <= 1)) {
      throw new IllegalArgumentException("error ratio must be within [0, 1], got " + errorRatio);
    }
    if (errorStatus < 400 || errorStatus > 599) {
      throw new IllegalArgumentException("error status must be within 400..599, got " + errorStatus);
    }
    if (responseBytes < 0 || responseBytes > MAX_RESPONSE_BYTES) {
      throw new IllegalArgumentException(
          "response size must be within 0.." + MAX_RESPONSE_BYTES + " bytes, got " + responseBytes);
    }
  }

  /** A route that never fails and sends an empty body. */
  public static RouteSpec of(String method, String path, LatencyDistribution latency) {
    return new RouteSpec(method, path, latency, 0.0, 500, 0);
  }

  /** "GET /api/items": how routes are named in ground truth and metrics. */
  public String key() {
    return method + " " + path;
  }

  public RouteSpec withErrorRatio(double ratio) {
    return new RouteSpec(method, path, latency, ratio, errorStatus, responseBytes, auth);
  }

  public RouteSpec withErrors(double ratio, int status) {
    return new RouteSpec(method, path, latency, ratio, status, responseBytes, auth);
  }

  public RouteSpec withResponseBytes(int bytes) {
    return new RouteSpec(method, path, latency, errorRatio, errorStatus, bytes, auth);
  }

  public RouteSpec withAuth(Auth required) {
    return new RouteSpec(method, path, latency, errorRatio, errorStatus, responseBytes, required);
  }
}
