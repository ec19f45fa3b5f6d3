package dev.slogate.slo.eval;

/**
 * Where a failed request's failure arose, read from its KO message by {@link KoMessageClassifier}. Only a failure
 * the target caused may count against it; the origin decides what a failure does to the phase it happened in.
 */
public enum FailureOrigin {
  /**
   * The injector's own machine refused to send: out of file descriptors, out of ephemeral ports, a failed local
   * name resolution. The target never saw the request. Any of them makes its phase INVALID, and they never count
   * against the target.
   */
  INJECTOR_LOCAL,
  /**
   * The connection failed: refused, reset by the peer, closed early, a request timeout. The target or the network
   * is the likely cause, but an overloaded injector can produce them too. They count against the target in a phase
   * whose injector was healthy ({@link InjectorHealthCheck}) or whose health was not recorded; an unhealthy phase is
   * INVALID and charges them to no one.
   */
  CONNECTION_LEVEL,
  /** The target answered and the answer failed a check (an HTTP status included), or the message is unknown. */
  TARGET
}
