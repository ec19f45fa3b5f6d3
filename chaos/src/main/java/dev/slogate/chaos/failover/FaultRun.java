package dev.slogate.chaos.failover;

import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.slo.chaos.FaultWindow;
import java.util.Objects;
import java.util.Optional;

/**
 * One injection of an experiment, from start to measurement.
 *
 * @param experiment the experiment's name
 * @param number 1 for the first repetition
 * @param fault what was done, e.g. {@code pod-kill replica 0 (pid 1234)}
 * @param injection as the backend confirmed it
 * @param recovery as the backend ended it
 * @param abort the abort condition that ended it early, if one did
 * @param observation the window its probes were judged in
 * @param measurement what the probes said
 */
public record FaultRun(
    String experiment,
    int number,
    String fault,
    FaultInjection injection,
    FaultRecovery recovery,
    Optional<AbortMonitor.Breach> abort,
    FaultObservation observation,
    FaultMeasurement measurement) {

  public FaultRun {
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(injection, "injection");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(abort, "abort");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(measurement, "measurement");
  }

  /** {@code kill-one-replica #1}. */
  public String name() {
    return experiment + " #" + number;
  }

  /** The timeline's window for this fault, with the load generator's KOs in it. */
  public FaultWindow toWindow(KoCounter kos) {
    return measurement.toWindow(experiment, fault,
        kos.koBetween(measurement.injectedAtMillis(), measurement.koWindowEndMillis()));
  }
}
