package dev.slogate.benchmarks.accuracy;

import dev.slogate.stack.RunningStack;
import org.HdrHistogram.Histogram;

/**
 * The reference stack's replicas' record of one route: each replica times every request from the moment it
 * has parsed it to the moment the response is complete, in microseconds. The steady stretch is the
 * difference of two cumulative snapshots.
 */
final class StackTruth implements ServerTruth {

  private final RunningStack stack;
  private final String route;
  private Histogram atSteadyStart;
  private Histogram atSteadyEnd;

  StackTruth(RunningStack stack, String route) {
    this.stack = stack;
    this.route = route;
  }

  @Override
  public void reset() {
    stack.groundTruth().reset();
  }

  @Override
  public void markSteadyStart() {
    atSteadyStart = snapshot();
  }

  @Override
  public void markSteadyEnd() {
    atSteadyEnd = snapshot();
  }

  @Override
  public Histogram steady() {
    Histogram steady = atSteadyEnd.copy();
    steady.subtract(atSteadyStart);
    return steady;
  }

  @Override
  public Histogram whole() {
    return snapshot();
  }

  @Override
  public String describe() {
    return "the replica's own service time of `" + route + "` (request parsed → response complete, µs, HdrHistogram)";
  }

  private Histogram snapshot() {
    return stack.groundTruth().snapshot().route(route);
  }
}
