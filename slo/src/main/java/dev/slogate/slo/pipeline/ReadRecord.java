package dev.slogate.slo.pipeline;

import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.spec.SloSpec;

/**
 * The first stage: reads the run's measurements, every second kept apart when a baseline is to be compared, then
 * takes the objectives. The objectives are taken even when reading fails, so that an error in the SLO file is
 * shown before an error in the log, whichever input was read first.
 */
public final class ReadRecord {

  public Measured apply(RunToJudge run) {
    RunMeasurements measurements;
    try {
      measurements = run.source().read(run.plan(), run.comparesWithBaseline());
    } catch (RuntimeException e) {
      run.objectives().get();
      throw e;
    }
    SloSpec spec = run.objectives().get();
    return new Measured(run, measurements, spec, spec);
  }
}
