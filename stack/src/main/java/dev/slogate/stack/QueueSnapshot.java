package dev.slogate.stack;

import java.util.Map;

/**
 * The step queue of a {@link WorkQueue} profile at one moment, as the parent's table holds it.
 *
 * @param submitted steps enqueued since the stack started
 * @param pending steps waiting to be claimed
 * @param claimed steps held by a pod, not yet completed
 * @param completed steps completed (each exactly once)
 * @param requeued times a step held by a dead pod was put back to pending
 * @param refusedCompletions completions refused because the pod no longer held the step
 * @param claimedByReplica claimed steps by the replica index of the pod holding them
 */
public record QueueSnapshot(
    long submitted, int pending, int claimed, long completed, long requeued, long refusedCompletions,
    Map<Integer, Integer> claimedByReplica) {

  public QueueSnapshot {
    claimedByReplica = Map.copyOf(claimedByReplica);
  }

  /** No step lost: everything submitted is pending, claimed or completed. */
  public boolean accountsForEveryStep() {
    return submitted == pending + claimed + completed;
  }
}
