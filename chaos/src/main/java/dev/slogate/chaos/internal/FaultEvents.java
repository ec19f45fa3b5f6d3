package dev.slogate.chaos.internal;

import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultListener;
import dev.slogate.chaos.FaultRecovery;
import java.util.List;

/**
 * Delivers fault events to listeners for a backend. A listener that throws anyway is logged and skipped:
 * a broken timeline must never leave a fault in place or stop the others from hearing about it.
 */
public final class FaultEvents {

  private static final System.Logger LOG = System.getLogger(FaultEvents.class.getName());

  private final List<FaultListener> listeners;

  public FaultEvents(List<FaultListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  public void injected(FaultInjection injection) {
    for (FaultListener listener : listeners) {
      try {
        listener.faultInjected(injection);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "fault listener " + listener + " threw on faultInjected", e);
      }
    }
  }

  /** Sends {@code faultAborted} or {@code faultRecovered}, as the recovery says. */
  public void ended(FaultRecovery recovery) {
    for (FaultListener listener : listeners) {
      try {
        if (recovery.aborted()) {
          listener.faultAborted(recovery);
        } else {
          listener.faultRecovered(recovery);
        }
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "fault listener " + listener + " threw on fault end", e);
      }
    }
  }
}
