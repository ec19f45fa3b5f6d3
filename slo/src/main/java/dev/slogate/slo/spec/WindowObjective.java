package dev.slogate.slo.spec;

/** An objective judged on the requests of the phase windows it names. */
public sealed interface WindowObjective extends Objective
    permits LatencyObjective, ThroughputObjective, ErrorRateObjective, ErrorFrequencyObjective, AvailabilityObjective {

  Judging judging();

  /** Which requests (or group) it reads. */
  RequestSelector selector();
}
