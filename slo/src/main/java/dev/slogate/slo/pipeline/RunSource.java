package dev.slogate.slo.pipeline;

import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.Objects;

/** Where a run's measurements come from: a record already read, or a Gatling log read when the pipeline asks. */
@FunctionalInterface
public interface RunSource {

  /**
   * The measurements of the run.
   *
   * @param plan the plan the run is judged on, or null: a windowed read keeps exactly its windows
   * @param everySecond true when every second must be kept apart (a {@link RunRecord}), as a baseline comparison needs
   */
  RunMeasurements read(RunPlan plan, boolean everySecond);

  /**
   * A record or windowed run already read. A {@link dev.slogate.slo.record.WindowedRun} cannot be compared with a
   * baseline.
   */
  static RunSource of(RunMeasurements measurements) {
    Objects.requireNonNull(measurements, "measurements");
    return (plan, everySecond) -> measurements;
  }

  /**
   * A Gatling {@code simulation.log} (or a folder holding one): read into the aggregates of the plan's windows
   * only, so that memory does not grow with the run's length, unless every second is needed.
   */
  static RunSource gatlingLog(Path log, String runId, ReadOptions options) {
    return (plan, everySecond) -> everySecond
        ? SimulationLogReader.read(log, runId, options)
        : SimulationLogReader.readWindowed(log, runId, options, PhaseWindows.cutPoints(plan));
  }
}
