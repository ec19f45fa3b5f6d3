package dev.slogate.chaos;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of a fault.
 *
 * @param injection the fault that ended
 * @param requestedAt when the backend asked for the fault to end (deleted, paused, signalled)
 * @param recoveredAt when the fault was confirmed lifted (Chaos Mesh's {@code AllRecovered}, or the resource
 *     gone when that condition was never seen)
 * @param removedAt when nothing of the fault was left (the resource gone, finalizers done)
 * @param aborted true when an abort condition or a shutdown ended it rather than a normal recovery
 * @param targetLost when a target did not come back because it died during the fault (a stopped replica killed
 *     meanwhile), what was lost: the fault came off, but the target did not recover, which is a recovery failure
 */
public record FaultRecovery(
    FaultInjection injection, Instant requestedAt, Instant recoveredAt, Instant removedAt, boolean aborted,
    Optional<String> targetLost) {

  /** A fault whose targets all came back (or were replaced). */
  public FaultRecovery(FaultInjection injection, Instant requestedAt, Instant recoveredAt, Instant removedAt,
      boolean aborted) {
    this(injection, requestedAt, recoveredAt, removedAt, aborted, Optional.empty());
  }

  public FaultRecovery {
    Objects.requireNonNull(injection, "injection");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(recoveredAt, "recoveredAt");
    Objects.requireNonNull(removedAt, "removedAt");
    Objects.requireNonNull(targetLost, "targetLost");
  }
}
