package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.slogate.config.SafeText;
import java.time.Duration;
import java.util.Optional;

/**
 * The health probe that measures failover: a GET of {@code path} on the target every {@code interval}.
 *
 * @param path request path, starting with /
 * @param interval time between probe starts (default 500ms)
 * @param timeout a probe that takes longer fails (default 1s)
 * @param expectStatus the status a healthy answer has (default 200)
 * @param expectChanged a JSON pointer into the answer's body (such as {@code /leaderPod}), for recoveries that
 *     are not "the service answers again" but "the service answers differently": a new leader in office, a
 *     dead pod's work requeued. Such a probe asks for JSON, and after a fault it counts as recovered only
 *     once the value differs from the one it read just before the fault was injected. Empty for a plain
 *     health probe.
 */
public record ProbeSpec(String path, Duration interval, Duration timeout, int expectStatus, Optional<String> expectChanged) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
  public static final int DEFAULT_STATUS = 200;

  public ProbeSpec {
    required(path, "path");
    require(path.startsWith("/"), "path", "must start with /");
    // A CR/LF would split the probe's request line (and any message that echoes the path).
    require(path.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'), "path",
        "must not hold control characters, got " + SafeText.quoted(path));
    required(interval, "interval");
    require(interval.toMillis() >= 10, "interval", "must be at least 10ms");
    required(timeout, "timeout");
    require(timeout.toMillis() >= 1, "timeout", "must be more than 0ms");
    require(expectStatus >= 100 && expectStatus <= 599, "expectStatus", "must be an HTTP status from 100 to 599");
    required(expectChanged, "expectChanged");
    expectChanged.ifPresent(pointer -> require(pointer.startsWith("/") && pointer.length() > 1, "expectChanged",
        "must be a JSON pointer into the answer, such as /leaderPod"));
  }

  /** A plain health probe: the expected status is all. */
  public ProbeSpec(String path, Duration interval, Duration timeout, int expectStatus) {
    this(path, interval, timeout, expectStatus, Optional.empty());
  }

  /** A probe of {@code path} with the default interval, timeout and status. */
  public static ProbeSpec of(String path) {
    return new ProbeSpec(path, DEFAULT_INTERVAL, DEFAULT_TIMEOUT, DEFAULT_STATUS);
  }

  @JsonCreator
  static ProbeSpec of(@JsonProperty("path") String path, @JsonProperty("interval") Duration interval,
      @JsonProperty("timeout") Duration timeout, @JsonProperty("expectStatus") Integer expectStatus,
      @JsonProperty("expectChanged") String expectChanged) {
    return new ProbeSpec(path, interval == null ? DEFAULT_INTERVAL : interval,
        timeout == null ? DEFAULT_TIMEOUT : timeout, expectStatus == null ? DEFAULT_STATUS : expectStatus,
        Optional.ofNullable(expectChanged));
  }
}
