package dev.slogate.chaos.failover;

import dev.slogate.slo.chaos.FaultWindow;
import java.util.OptionalLong;

/**
 * What the probes said about one fault. Times are epoch milliseconds on the run's clock.
 *
 * @param injectedAtMillis the confirmed injection
 * @param recoveredAtMillis when the fault was lifted, or null
 * @param firstFailureAtMillis when the first failed probe was sent (never before the injection), or null
 *     when no probe failed
 * @param failoverAtMillis when the first probe of the final run of N successes answered, or null when the
 *     target did not fail over within the rule's {@code within}
 * @param failoverMillis from the injection to {@code failoverAtMillis}, or null
 * @param downtimeMillis the summed length of the stretches of failed probes
 * @param probes the probes that fell in the fault's window
 * @param failedProbes how many of them failed
 * @param windowEndMillis where the fault's window of probes ended
 */
public record FaultMeasurement(
    long injectedAtMillis,
    Long recoveredAtMillis,
    Long firstFailureAtMillis,
    Long failoverAtMillis,
    Long failoverMillis,
    long downtimeMillis,
    int probes,
    int failedProbes,
    long windowEndMillis) {

  /** From the injection to the first failed probe; empty when no probe failed. */
  public OptionalLong timeToDetectMillis() {
    return firstFailureAtMillis == null ? OptionalLong.empty() : OptionalLong.of(firstFailureAtMillis - injectedAtMillis);
  }

  /**
   * Where Gatling's failed requests stop being this fault's: the later of its lifting and its failover (a
   * stopped replica still fails requests after SIGCONT until the balancer takes it back), or the end of
   * its window when it never failed over.
   */
  public long koWindowEndMillis() {
    if (failoverAtMillis == null) {
      return windowEndMillis;
    }
    return recoveredAtMillis == null ? failoverAtMillis : Math.max(recoveredAtMillis, failoverAtMillis);
  }

  /** This measurement of a fault whose target never came back: no recovery and no failover, whatever probes said. */
  public FaultMeasurement withoutRecovery() {
    return new FaultMeasurement(injectedAtMillis, null, firstFailureAtMillis, null, null, downtimeMillis, probes,
        failedProbes, windowEndMillis);
  }

  /** The timeline's value for this fault. */
  public FaultWindow toWindow(String experiment, String fault, long gatlingKoInWindow) {
    return new FaultWindow(experiment, fault, injectedAtMillis, recoveredAtMillis, firstFailureAtMillis,
        failoverMillis, downtimeMillis, gatlingKoInWindow);
  }
}
