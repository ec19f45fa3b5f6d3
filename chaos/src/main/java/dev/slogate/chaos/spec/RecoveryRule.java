package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * When the target counts as recovered: the first of {@code consecutiveSuccesses} probes in a row that
 * succeed. Failover time runs from the confirmed injection to that first probe.
 *
 * @param consecutiveSuccesses successes in a row that mean "recovered" (default 3)
 * @param within how long to wait for recovery before calling it not recovered (default 2m)
 */
public record RecoveryRule(int consecutiveSuccesses, Duration within) {

  public static final int DEFAULT_SUCCESSES = 3;
  public static final Duration DEFAULT_WITHIN = Duration.ofMinutes(2);

  public RecoveryRule {
    require(consecutiveSuccesses >= 1 && consecutiveSuccesses <= 1000, "consecutiveSuccesses",
        "must be from 1 to 1000");
    required(within, "within");
    require(within.toMillis() > 0, "within", "must be more than 0ms");
  }

  public static RecoveryRule defaults() {
    return new RecoveryRule(DEFAULT_SUCCESSES, DEFAULT_WITHIN);
  }

  @JsonCreator
  static RecoveryRule of(@JsonProperty("consecutiveSuccesses") Integer successes,
      @JsonProperty("within") Duration within) {
    return new RecoveryRule(successes == null ? DEFAULT_SUCCESSES : successes,
        within == null ? DEFAULT_WITHIN : within);
  }
}
