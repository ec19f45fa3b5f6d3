package dev.slogate.chaos.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * What the failover meter needs to know about one fault, besides the probes: when it was confirmed in place,
 * when it was lifted, how far its probes reach, and the recovery rule.
 *
 * @param injectedAtMillis the confirmed injection, epoch milliseconds on the run's clock
 * @param recoveredAtMillis when the fault was confirmed lifted, or null if it never was
 * @param windowEndMillis probes sent from here on belong to something else (the next fault, or nothing: the
 *     observation ended)
 * @param consecutiveSuccesses N of the recovery rule
 * @param within a target that needs longer than this from injection has not failed over
 */
public record FaultObservation(
    long injectedAtMillis, Long recoveredAtMillis, long windowEndMillis, int consecutiveSuccesses, Duration within) {

  public FaultObservation {
    if (windowEndMillis < injectedAtMillis) {
      throw new IllegalArgumentException("the observation of a fault cannot end (" + windowEndMillis
          + ") before its injection (" + injectedAtMillis + ")");
    }
    if (consecutiveSuccesses < 1) {
      throw new IllegalArgumentException("consecutiveSuccesses must be 1 or more, got " + consecutiveSuccesses);
    }
    Objects.requireNonNull(within, "within");
  }
}
