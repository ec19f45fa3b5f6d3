package dev.slogate.simulations.internal.chaos;

import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.simulations.load.LoadShape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's experiments fall in its load plan. The steady phase lasts until the first experiment's
 * offset; the fault phase covers every injection of every experiment, one experiment after the other
 * (each later experiment's offset counts from the planned end of the one before).
 *
 * <p>Both phases last whole seconds, as every phase of a load plan does ({@link LoadShape#injectableLength}).
 * When the first experiment's offset is not whole, the steady phase is lengthened to the next second and every
 * experiment starts that much later, so that the first injection still opens the fault phase; the fault phase
 * is lengthened to the next whole second after the last injection's planned end.
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
    Duration firstOffset = experiments.get(0).schedule().offset();
    Duration steady = firstOffset.isZero() ? Duration.ZERO : LoadShape.injectableLength(firstOffset);
    List<Duration> starts = new ArrayList<>();
    Duration cursor = steady.minus(firstOffset);
    for (ExperimentSpec experiment : experiments) {
      starts.add(cursor);
      cursor = cursor.plus(experiment.schedule().offset()).plus(span(experiment));
    }
    return new FaultPlan(steady, LoadShape.injectableLength(cursor.minus(steady)), starts);
  }

  /** From an experiment's first injection to the planned end of its last. */
  static Duration span(ExperimentSpec experiment) {
    List<Duration> offsets = experiment.schedule().startOffsets(experiment.duration());
    return offsets.get(offsets.size() - 1).plus(experiment.duration()).minus(experiment.schedule().offset());
  }
}
