package dev.slogate.stack.coordination;

import dev.slogate.stack.QueueSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The step table: pending steps in submission order, claimed steps with the pod holding them.
 * Completed steps are only counted, so a long run holds no more than what is in flight. Not
 * thread-safe: the {@link Coordinator} serializes calls.
 */
final class StepTable {

  private final Deque<Long> pending = new ArrayDeque<>();
  /** Step id to the pod that holds it. */
  private final Map<Long, String> claimed = new HashMap<>();
  private long nextId = 1;
  private long completed;
  private long requeued;
  private long refused;

  long submit() {
    long id = nextId++;
    pending.addLast(id);
    return id;
  }

  List<Long> claim(String podId, int max) {
    List<Long> taken = new ArrayList<>();
    while (taken.size() < max && !pending.isEmpty()) {
      long id = pending.removeFirst();
      claimed.put(id, podId);
      taken.add(id);
    }
    return taken;
  }

  /** Fencing: only the pod holding a step may complete it; anything else is refused and counted. */
  boolean complete(long stepId, String podId) {
    if (podId.equals(claimed.get(stepId))) {
      claimed.remove(stepId);
      completed++;
      return true;
    }
    refused++;
    return false;
  }

  /** Puts the steps of dead pods back at the head of the queue: they are the oldest work. */
  int requeue(Predicate<String> deadPod) {
    List<Long> orphans = new ArrayList<>();
    for (Iterator<Map.Entry<Long, String>> it = claimed.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Long, String> entry = it.next();
      if (deadPod.test(entry.getValue())) {
        orphans.add(entry.getKey());
        it.remove();
      }
    }
    orphans.sort(null);
    for (int i = orphans.size() - 1; i >= 0; i--) {
      pending.addFirst(orphans.get(i));
    }
    requeued += orphans.size();
    return orphans.size();
  }

  QueueSnapshot snapshot(Function<String, Integer> replicaOfPod) {
    Map<Integer, Integer> byReplica = new TreeMap<>();
    claimed.values().forEach(pod -> byReplica.merge(replicaOfPod.apply(pod), 1, Integer::sum));
    return new QueueSnapshot(nextId - 1, pending.size(), claimed.size(), completed, requeued, refused, byReplica);
  }
}
