package dev.slogate.stack;

import java.util.OptionalInt;

/**
 * Told when the balancer takes a replica out of rotation and puts it back, in pairs: every
 * {@code replicaDown(i)} is followed by at most one {@code replicaUp(i)} before the next
 * {@code replicaDown(i)}. Replicas in rotation when the stack starts produce no event. With
 * {@link LeaderElection}, also told each time the leader changes after start (the first
 * election happens while the stack starts, before a listener can be added).
 *
 * <p>Rotation events come on the health checker's thread, leader events on the coordinator's,
 * each kind one event at a time and in order, at the moment of the change: a rotation event just before
 * the rotation itself changes, so that once {@link RunningStack#awaitInRotation} sees the change, every listener
 * has been told. Implementations must be fast, must not block, and must not call the stack's control
 * methods (kill, restart, health) from inside the callback; anything they throw is logged and
 * dropped, never propagated into the checker.
 */
public interface ReplicaListener {

  /** Replica {@code index} left rotation: {@code fall} checks failed in a row, or it was replaced. */
  default void replicaDown(int index) {}

  /** Replica {@code index} joined rotation again after {@code rise} checks passed in a row. */
  default void replicaUp(int index) {}

  /**
   * The leader changed from the pod of replica {@code previous} to that of {@code current}
   * (either empty while there is no leader). A restarted replica is a new pod, so both may name
   * the same index.
   */
  default void leaderChanged(OptionalInt previous, OptionalInt current) {}
}
