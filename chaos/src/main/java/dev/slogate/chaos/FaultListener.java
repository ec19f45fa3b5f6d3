package dev.slogate.chaos;

/**
 * Hears about faults as they happen, e.g. to draw fault windows on a timeline or to print progress.
 *
 * <p>Every {@link #faultInjected} is followed by exactly one {@link #faultRecovered} or {@link #faultAborted}
 * for the same injection, also when the run fails or the JVM shuts down. Dry runs send no events.
 *
 * <p>Implementations must be fast and must not throw: they are called on the thread that injects and
 * recovers, between steps that are being timed. A backend logs and ignores a listener that throws anyway.
 */
public interface FaultListener {

  /** The fault is confirmed in place. */
  default void faultInjected(FaultInjection injection) {}

  /** The fault was lifted normally. */
  default void faultRecovered(FaultRecovery recovery) {}

  /** The fault was stopped early: an abort condition, a failed run, a shutdown. */
  default void faultAborted(FaultRecovery recovery) {}
}
