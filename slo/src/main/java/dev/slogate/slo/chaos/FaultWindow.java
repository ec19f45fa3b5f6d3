package dev.slogate.slo.chaos;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One injected fault and what the target did about it: the raw material of a failover objective.
 *
 * @param experiment the experiment that injected it, as named in the experiment spec
 * @param fault what was done, such as {@code pod-kill leader} or {@code network-delay 200ms}
 * @param injectedAtEpochMillis when the fault was confirmed injected: failover time counts from here
 * @param recoveredAtEpochMillis when the fault was removed, or null if it never was (a permanent kill)
 * @param firstFailureAtEpochMillis the first failed probe after injection, or null if no probe failed
 * @param failoverMillis from injection to the first of N consecutive OK probes, or null if the target never
 *     came back within the observation window
 * @param downtimeMillis the total time probes failed during the window
 * @param gatlingKoInWindow Gatling requests that failed between injection and recovery
 */
public record FaultWindow(
    String experiment,
    String fault,
    long injectedAtEpochMillis,
    Long recoveredAtEpochMillis,
    Long firstFailureAtEpochMillis,
    Long failoverMillis,
    long downtimeMillis,
    long gatlingKoInWindow) {

  public FaultWindow {
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(fault, "fault");
    if (failoverMillis != null && failoverMillis < 0) {
      throw new IllegalArgumentException("failover time of " + fault + " cannot be negative: " + failoverMillis);
    }
    if (downtimeMillis < 0 || gatlingKoInWindow < 0) {
      throw new IllegalArgumentException("downtime and KO count of " + fault + " cannot be negative");
    }
  }

  /** Whether the target served again (N consecutive OK probes) after this fault. */
  public boolean failedOver() {
    return failoverMillis != null;
  }

  /** From injection to the first failed probe: how long the fault took to show; empty if it never showed. */
  public OptionalLong timeToDetectMillis() {
    return firstFailureAtEpochMillis == null
        ? OptionalLong.empty()
        : OptionalLong.of(firstFailureAtEpochMillis - injectedAtEpochMillis);
  }

  /** A short label for sentences: {@code pod-kill leader (kill-leader)}. */
  public String label() {
    return fault.equals(experiment) ? fault : fault + " (" + experiment + ")";
  }
}
