package dev.slogate.simulations.chaos;

import dev.slogate.chaos.spec.ExperimentSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's experiments fall in its load plan. The steady phase lasts until the first experiment's
 * offset; the fault phase covers every injection of every experiment, one experiment after the other
 * (each later experiment's offset counts from the planned end of the one before).
 *
 * @param steady from the start of the steady phase to the first injection
 * @param fault from the first injection to the planned end of the last
 * @param scheduleStarts for each experiment, from the start of the steady phase to the point its own
 *     {@code schedule.offset} counts from
 */
public record FaultPlan(Duration steady, Duration fault, List<Duration> scheduleStarts) {

  public FaultPlan {
    scheduleStarts = List.copyOf(scheduleStarts);
  }

  public static FaultPlan of(List<ExperimentSpec> experiments) {
    if (experiments.isEmpty()) {
      throw new IllegalArgumentException("no experiment to plan");
    }
    List<Duration> starts = new ArrayList<>();
    Duration cursor = Duration.ZERO;
    for (ExperimentSpec experiment : experiments) {
      starts.add(cursor);
      cursor = cursor.plus(experiment.schedule().offset()).plus(span(experiment));
    }
    Duration steady = experiments.get(0).schedule().offset();
    return new FaultPlan(steady, cursor.minus(steady), starts);
  }

  /** From an experiment's first injection to the planned end of its last. */
  static Duration span(ExperimentSpec experiment) {
    List<Duration> offsets = experiment.schedule().startOffsets(experiment.duration());
    return offsets.get(offsets.size() - 1).plus(experiment.duration()).minus(experiment.schedule().offset());
  }
}
