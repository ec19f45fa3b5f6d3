package dev.slogate.stack.balancer;

import dev.slogate.stack.ReplicaListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hands balancer changes to listeners, so that one listener's failure reaches no one else. */
public final class ReplicaEvents {

  private static final System.Logger LOG = System.getLogger(ReplicaEvents.class.getName());

  private final List<ReplicaListener> listeners = new CopyOnWriteArrayList<>();

  public void add(ReplicaListener listener) {
    listeners.add(listener);
  }

  public void remove(ReplicaListener listener) {
    listeners.remove(listener);
  }

  void down(int index) {
    for (ReplicaListener listener : listeners) {
      try {
        listener.replicaDown(index);
      } catch (RuntimeException | Error e) {
        LOG.log(System.Logger.Level.WARNING, "replica listener failed on replicaDown(" + index + ")", e);
      }
    }
  }

  void up(int index) {
    for (ReplicaListener listener : listeners) {
      try {
        listener.replicaUp(index);
      } catch (RuntimeException | Error e) {
        LOG.log(System.Logger.Level.WARNING, "replica listener failed on replicaUp(" + index + ")", e);
      }
    }
  }
}
