package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Active health checking as HAProxy's {@code option httpchk} does it: every {@code interval} the
 * balancer sends {@code GET path} ({@value #DEFAULT_PATH} unless the profile names
 * {@code /health}) to each replica; an answer other than 2xx/3xx within {@code timeout} is a
 * failure. A replica in rotation leaves it after {@code fall} consecutive
 * failures; a replica out of rotation comes back after {@code rise} consecutive successes.
 * So a dead replica is out of rotation at most {@code fall × interval + timeout} after it died.
 */
public record HealthCheck(Duration interval, Duration timeout, int fall, int rise, String path) {

  /** What the balancer checks unless told otherwise. */
  public static final String DEFAULT_PATH = "/health/ready";
  /** The replica's two health endpoints; both follow {@link RunningStack#setReplicaHealthy}. */
  public static final Set<String> PATHS = Set.of("/health", DEFAULT_PATH);

  /** HAProxy's defaults: inter 2s, fall 3, rise 2, and the check timeout equal to inter. */
  public static final HealthCheck HAPROXY_DEFAULTS =
      new HealthCheck(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, 2);

  /** Checks {@value #DEFAULT_PATH}. */
  public HealthCheck(Duration interval, Duration timeout, int fall, int rise) {
    this(interval, timeout, fall, rise, DEFAULT_PATH);
  }

  public HealthCheck {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(path, "path");
    if (!PATHS.contains(path)) {
      throw new IllegalArgumentException("path '" + path + "' is not a health endpoint of the replica ("
          + String.join(" or ", PATHS.stream().sorted().toList()) + ")");
    }
    if (interval.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(
          "interval must be at least 10ms, got " + Durations.formatInLargestUnit(interval.abs()));
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(interval) > 0) {
      throw new IllegalArgumentException("timeout must be above 0 and at most the interval ("
          + Durations.formatInLargestUnit(interval) + ")");
    }
    if (fall < 1 || rise < 1) {
      throw new IllegalArgumentException("fall and rise must be at least 1");
    }
  }

  /** The same checks against another of the replica's health endpoints. */
  public HealthCheck withPath(String checkedPath) {
    return new HealthCheck(interval, timeout, fall, rise, checkedPath);
  }

  /** The longest time a dead replica can stay in rotation. */
  public Duration worstCaseDetection() {
    return interval.multipliedBy(fall).plus(timeout);
  }
}
