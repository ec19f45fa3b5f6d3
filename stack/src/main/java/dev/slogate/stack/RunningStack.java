package dev.slogate.stack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A started reference stack: replica processes behind a health-checking round-robin balancer.
 * Obtained from {@link ReferenceStack#start}; {@link #close()} stops everything and waits for the
 * processes to exit. Replica processes also exit on their own when this JVM dies, however it dies.
 *
 * <p>Thread-safe. Control calls (kill, restart, health) are serialized.
 */
public interface RunningStack extends AutoCloseable {

  /** The balancer, e.g. {@code http://127.0.0.1:38211}; this is what load should target. */
  String frontUrl();

  /** The profile as running, with the replica count override applied. */
  StackProfile profile();

  /** The options the stack was started with. */
  StackOptions options();

  /** Every replica slot, by index, as it is now. */
  List<ReplicaHandle> replicas();

  ReplicaHandle replica(int index);

  /** Indices the balancer currently sends requests to. */
  Set<Integer> replicasInRotation();

  /** The replicas' own record of what they served. */
  GroundTruth groundTruth();

  /**
   * SIGKILLs replica {@code index} and returns once the process is gone. The balancer is not
   * told: requests sent to it fail (503) until its health checks take it out of rotation, within
   * {@link HealthCheck#worstCaseDetection()}.
   */
  void killReplica(int index);

  /**
   * Starts a new process for slot {@code index} (killing the old one first if it still runs) and
   * returns its handle once it listens. It gets a new port, and joins rotation only after
   * {@code rise} passed checks; use {@link #awaitInRotation} to wait for that.
   */
  ReplicaHandle restartReplica(int index);

  /**
   * Makes replica {@code index} answer its health endpoints with 503 (false) or 200 (true), while
   * it keeps serving its routes. The balancer reacts through its checks, as it would to a real
   * failing health endpoint.
   */
  void setReplicaHealthy(int index, boolean healthy);

  /**
   * Waits until replica {@code index} is in rotation ({@code true}) or out of it ({@code false}). When it
   * returns true after a change, the listeners have been told of it ({@link ReplicaListener}).
   *
   * @return whether that happened within {@code timeout}
   */
  boolean awaitInRotation(int index, boolean inRotation, Duration timeout);

  /**
   * The replica index of the current leader, as the parent's heartbeat table decides it (see
   * {@link LeaderElection}); empty while there is none, or when the profile elects no leader.
   */
  default OptionalInt leader() {
    return OptionalInt.empty();
  }

  /** The step queue as the parent's table holds it; empty when the profile has no {@link WorkQueue}. */
  default Optional<QueueSnapshot> queue() {
    return Optional.empty();
  }

  /** Listeners see balancer (and leader) changes from now on; see {@link ReplicaListener}. */
  void addListener(ReplicaListener listener);

  void removeListener(ReplicaListener listener);

  /** Stops the balancer and every replica, and waits for the processes to exit. Idempotent. */
  @Override
  void close();
}
