package dev.slogate.stack.balancer;

import dev.slogate.stack.ReplicaListener;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hands balancer and leader changes to listeners, so that one listener's failure reaches no one else. */
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

  /** Public: leadership changes come from the coordinator, not from the balancer. */
  public void leaderChanged(OptionalInt previous, OptionalInt current) {
    for (ReplicaListener listener : listeners) {
      try {
        listener.leaderChanged(previous, current);
      } catch (RuntimeException | Error e) {
        LOG.log(System.Logger.Level.WARNING, "replica listener failed on leaderChanged(" + previous + ", " + current + ")", e);
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
