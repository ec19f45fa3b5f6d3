package dev.slogate.stack;

import java.util.concurrent.TimeUnit;

/**
 * The replicas' own record of what they served, for checking what a load generator measured
 * against what really happened. Each call asks every live replica over HTTP.
 */
public interface GroundTruth {

  /** Unit of every ground-truth histogram value. */
  TimeUnit UNIT = TimeUnit.MICROSECONDS;

  /** Everything recorded since start or the last {@link #reset()}. */
  TruthSnapshot snapshot();

  /**
   * Forgets everything recorded so far on every live replica, e.g. at the start of a steady
   * phase. Requests completing during the reset land on one side of it, never on both.
   */
  void reset();
}
