package dev.slogate.chaos.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The faults an experiment can inject, named as in experiment files ({@code fault.type}). */
public enum FaultKind {
  POD_KILL("pod-kill"),
  POD_FAILURE("pod-failure"),
  CONTAINER_KILL("container-kill"),
  NETWORK_DELAY("network-delay"),
  NETWORK_LOSS("network-loss"),
  NETWORK_PARTITION("network-partition"),
  CPU_STRESS("cpu-stress"),
  MEMORY_STRESS("memory-stress"),
  HTTP_ABORT("http-abort"),
  HTTP_DELAY("http-delay"),
  /** A rolling update with maxUnavailable 1: not a fault of the target, but a disruption it must ride out. */
  ROLLING_RESTART("rolling-restart");

  private final String id;

  FaultKind(String id) {
    this.id = id;
  }

  /** The name used in experiment files, e.g. {@code pod-kill}. */
  public String id() {
    return id;
  }

  /**
   * A one-shot fault happens once (a kill) rather than holding for a duration; Chaos Mesh treats these
   * differently, and "injected" means "the kill happened", not "the fault is in place".
   */
  public boolean isOneShot() {
    return this == POD_KILL || this == CONTAINER_KILL;
  }

  /** All ids, comma separated, for error messages. */
  public static String ids() {
    return Arrays.stream(values()).map(FaultKind::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
