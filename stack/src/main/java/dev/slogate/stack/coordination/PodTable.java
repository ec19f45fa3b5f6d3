package dev.slogate.stack.coordination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The heartbeat table and the election it decides. A pod is alive while its last heartbeat is
 * younger than {@code deadAfter}; the leader keeps office while it is alive; when it is not, the
 * live pod with the lowest replica index (the earliest registered among equals) takes over. So
 * at most one pod is ever leader. Not thread-safe: the {@link Coordinator} serializes calls.
 */
final class PodTable {

  /** One pod: a replica process, named {@code index-pid} so a restarted replica is a new pod. */
  static final class Pod {
    final String id;
    final int replica;
    final long registeredNanos;
    long lastHeartbeatNanos;
    boolean dead;

    Pod(String id, int replica, long now) {
      this.id = id;
      this.replica = replica;
      this.registeredNanos = now;
      this.lastHeartbeatNanos = now;
    }
  }

  /** A change of leader: the replica indices of the pods before and after. */
  record Change(OptionalInt previous, OptionalInt current) {}

  private final long deadAfterNanos;
  private final Map<String, Pod> pods = new LinkedHashMap<>();
  private boolean electionsOpen;
  private Pod leader;
  private long term;

  PodTable(long deadAfterNanos) {
    this.deadAfterNanos = deadAfterNanos;
  }

  /** Records a heartbeat; a pod declared dead that speaks again is alive again. */
  Optional<Change> heartbeat(String podId, int replica, long now) {
    Pod pod = pods.computeIfAbsent(podId, id -> new Pod(id, replica, now));
    pod.lastHeartbeatNanos = now;
    pod.dead = false;
    return elect();
  }

  /** Elections wait for the stack to be up, so that the first leader does not depend on start order. */
  Optional<Change> openElections() {
    electionsOpen = true;
    return elect();
  }

  /** Declares silent pods dead and replaces a dead leader. */
  Optional<Change> sweep(long now) {
    for (Pod pod : pods.values()) {
      if (!pod.dead && now - pod.lastHeartbeatNanos > deadAfterNanos) {
        pod.dead = true;
      }
    }
    return elect();
  }

  private Optional<Change> elect() {
    if (!electionsOpen || (leader != null && !leader.dead)) {
      return Optional.empty();
    }
    Pod previous = leader;
    leader = null;
    for (Pod pod : pods.values()) {
      if (!pod.dead && (leader == null || pod.replica < leader.replica)) {
        leader = pod;
      }
    }
    if (previous == leader) {
      return Optional.empty();
    }
    if (leader != null) {
      term++;
    }
    return Optional.of(new Change(replicaOf(previous), replicaOf(leader)));
  }

  boolean isDead(String podId) {
    Pod pod = pods.get(podId);
    return pod == null || pod.dead;
  }

  boolean isLeader(String podId) {
    return leader != null && leader.id.equals(podId);
  }

  Optional<Pod> leader() {
    return Optional.ofNullable(leader);
  }

  long term() {
    return term;
  }

  OptionalInt replicaOf(String podId) {
    Pod pod = pods.get(podId);
    return pod == null ? OptionalInt.empty() : OptionalInt.of(pod.replica);
  }

  private static OptionalInt replicaOf(Pod pod) {
    return pod == null ? OptionalInt.empty() : OptionalInt.of(pod.replica);
  }
}
