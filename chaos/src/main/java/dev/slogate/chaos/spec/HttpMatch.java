package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which HTTP traffic an HTTP fault hits. The fields keep Chaos Mesh's HTTPChaos meaning, so that the
 * Kubernetes backend passes them through unchanged:
 *
 * @param port the container port whose traffic is intercepted (required on Kubernetes)
 * @param path request path pattern, {@code *} (the default) for every path
 * @param method request method to match, or empty for every method
 * @param phase whether the fault acts on requests (the default) or on responses
 * @param code on {@link Phase#RESPONSE} only: hit only responses with this status code
 */
public record HttpMatch(OptionalInt port, String path, Optional<String> method, Phase phase, OptionalInt code) {

  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT");

  /** Which side of the exchange an HTTP fault acts on. */
  public enum Phase {
    @JsonProperty("request") REQUEST,
    @JsonProperty("response") RESPONSE
  }

  public HttpMatch {
    SpecViolation.required(port, "port");
    port.ifPresent(p -> require(p >= 1 && p <= 65535, "port", "must be a TCP port from 1 to 65535"));
    SpecViolation.required(path, "path");
    require(path.equals("*") || path.startsWith("/"), "path", "must start with / (or be * for every path)");
    SpecViolation.required(method, "method");
    method.ifPresent(m -> require(METHODS.contains(m), "method",
        "'" + m + "' is not an HTTP method Chaos Mesh matches ("
            + String.join(", ", METHODS.stream().sorted().toList()) + ")"));
    SpecViolation.required(phase, "phase");
    SpecViolation.required(code, "code");
    code.ifPresent(c -> {
      require(c >= 100 && c <= 599, "code", "must be an HTTP status from 100 to 599");
      require(phase == Phase.RESPONSE, "code", "selects responses, so it needs phase: response");
    });
  }

  static HttpMatch of(Integer port, String path, String method, Phase phase, Integer code) {
    return new HttpMatch(port == null ? OptionalInt.empty() : OptionalInt.of(port), path == null ? "*" : path,
        Optional.ofNullable(method).map(m -> m.toUpperCase(Locale.ROOT)), phase == null ? Phase.REQUEST : phase,
        code == null ? OptionalInt.empty() : OptionalInt.of(code));
  }
}
