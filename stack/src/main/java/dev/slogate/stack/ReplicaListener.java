package dev.slogate.stack;

/**
 * Told when the balancer takes a replica out of rotation and puts it back, in pairs: every
 * {@code replicaDown(i)} is followed by at most one {@code replicaUp(i)} before the next
 * {@code replicaDown(i)}. Replicas in rotation when the stack starts produce no event.
 *
 * <p>Called on the health checker's thread, one event at a time, at the moment the balancer
 * changed. Implementations must be fast, must not block, and must not call the stack's control
 * methods (kill, restart, health) from inside the callback; anything they throw is logged and
 * dropped, never propagated into the checker.
 */
public interface ReplicaListener {

  /** Replica {@code index} left rotation: {@code fall} checks failed in a row, or it was replaced. */
  default void replicaDown(int index) {}

  /** Replica {@code index} joined rotation again after {@code rise} checks passed in a row. */
  default void replicaUp(int index) {}
}
