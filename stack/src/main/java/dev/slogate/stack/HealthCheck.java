package dev.slogate.stack;

import dev.slogate.stack.profile.DurationText;
import java.time.Duration;
import java.util.Objects;

/**
 * Active health checking as HAProxy's {@code option httpchk} does it: every {@code interval} the
 * balancer sends {@code GET /health/ready} to each replica; an answer other than 2xx/3xx within
 * {@code timeout} is a failure. A replica in rotation leaves it after {@code fall} consecutive
 * failures; a replica out of rotation comes back after {@code rise} consecutive successes.
 * So a dead replica is out of rotation at most {@code fall × interval + timeout} after it died.
 */
public record HealthCheck(Duration interval, Duration timeout, int fall, int rise) {

  /** HAProxy's defaults: inter 2s, fall 3, rise 2, and the check timeout equal to inter. */
  public static final HealthCheck HAPROXY_DEFAULTS =
      new HealthCheck(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, 2);

  public HealthCheck {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    if (interval.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(
          "interval must be at least 10ms, got " + DurationText.format(interval.abs()));
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(interval) > 0) {
      throw new IllegalArgumentException("timeout must be above 0 and at most the interval ("
          + DurationText.format(interval) + ")");
    }
    if (fall < 1 || rise < 1) {
      throw new IllegalArgumentException("fall and rise must be at least 1");
    }
  }

  /** The longest time a dead replica can stay in rotation. */
  public Duration worstCaseDetection() {
    return interval.multipliedBy(fall).plus(timeout);
  }
}
