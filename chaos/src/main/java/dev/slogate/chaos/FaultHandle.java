package dev.slogate.chaos;

/**
 * A fault one backend injected; only that backend can recover or abort it. Backends keep their own state
 * (which resource, which process) behind this.
 */
public interface FaultHandle {

  /** What was injected and when. */
  FaultInjection injection();
}
