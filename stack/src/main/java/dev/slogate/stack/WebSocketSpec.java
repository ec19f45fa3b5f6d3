package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A WebSocket endpoint every replica serves: it accepts the upgrade, answers each text message
 * with the same text, and, when {@code push} is set, also sends {@code tick N} on its own every
 * {@code push} (the "live updates" a dashboard socket carries). The balancer proxies the upgrade
 * like any request, round robin, and then relays both directions until either side closes.
 *
 * @param path where the upgrade is accepted, e.g. {@code /ws}
 * @param push how often the replica pushes a message unasked; zero for an echo-only socket
 */
public record WebSocketSpec(String path, Duration push) {

  public WebSocketSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(push, "push");
    if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains("{")
        || path.matches(".*\\s.*")) {
      throw new IllegalArgumentException(
          "path '" + path + "' must start with '/' and contain no spaces, query, fragment or {name} part");
    }
    if (RouteSpec.RESERVED_PATHS.contains(path) || path.startsWith("/admin/")) {
      throw new IllegalArgumentException("path '" + path + "' is reserved by the replica");
    }
    if (push.isNegative() || (!push.isZero() && push.compareTo(Duration.ofMillis(10)) < 0)) {
      throw new IllegalArgumentException(
          "push must be 0 (none) or at least 10ms, got " + Durations.formatInLargestUnit(push.abs()));
    }
  }

  /** An echo-only socket. */
  public static WebSocketSpec echo(String path) {
    return new WebSocketSpec(path, Duration.ZERO);
  }

  public boolean pushes() {
    return !push.isZero();
  }
}
