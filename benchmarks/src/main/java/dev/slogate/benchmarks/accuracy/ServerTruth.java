package dev.slogate.benchmarks.accuracy;

import org.HdrHistogram.Histogram;

/**
 * A target's own record of the latencies it served, in microseconds: over the steady stretch of a run
 * (between two marks taken while the load runs) and over the whole run.
 */
interface ServerTruth {

  /** Forgets everything so far; called right before the load starts. */
  void reset();

  /** The steady stretch starts now. */
  void markSteadyStart();

  /** The steady stretch ends now. */
  void markSteadyEnd();

  /** Latencies served between the two marks, µs. */
  Histogram steady();

  /** Latencies served since {@link #reset()}, µs. */
  Histogram whole();

  /** How this truth is measured, for the report. */
  String describe();
}
