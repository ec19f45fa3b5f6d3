package dev.slogate.chaos;

import java.time.Instant;
import java.util.Objects;

/**
 * The end of a fault.
 *
 * @param injection the fault that ended
 * @param requestedAt when the backend asked for the fault to end (deleted, paused, signalled)
 * @param recoveredAt when the fault was confirmed lifted (Chaos Mesh's {@code AllRecovered}, or the resource
 *     gone when that condition was never seen)
 * @param removedAt when nothing of the fault was left (the resource gone, finalizers done)
 * @param aborted true when an abort condition or a shutdown ended it rather than a normal recovery
 */
public record FaultRecovery(
    FaultInjection injection, Instant requestedAt, Instant recoveredAt, Instant removedAt, boolean aborted) {

  public FaultRecovery {
    Objects.requireNonNull(injection, "injection");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(recoveredAt, "recoveredAt");
    Objects.requireNonNull(removedAt, "removedAt");
  }
}
