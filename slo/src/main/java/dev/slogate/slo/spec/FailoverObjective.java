package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * "Service is restored within 5 s of a fault", judged on every fault of the run's chaos timeline.
 *
 * <p>Without a percentile, every fault must meet the maximum: one fault is judged on its own failover time,
 * and several on the worst of them (a fault that never recovered fails). With a percentile, repeated faults
 * are a sample: the percentile is judged with an order-statistic bound, like a latency percentile, and needs
 * enough repetitions (p50 at 95% needs 5).
 *
 * @param maxMillis the largest acceptable failover time, above 0
 * @param percentile empty to judge every fault, or a percentile in (0, 100)
 * @param confidence of the percentile's bounds
 * @param minSamples a minimum number of faults, on top of the statistical one; 0 for none
 */
public record FailoverObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    double maxMillis,
    OptionalDouble percentile,
    double confidence,
    long minSamples)
    implements Objective {

  public FailoverObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(percentile, "percentile");
    if (!(maxMillis > 0)) {
      throw new IllegalArgumentException("maximum failover time must be above 0: " + maxMillis);
    }
    if (percentile.isPresent() && !(percentile.getAsDouble() > 0 && percentile.getAsDouble() < 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100): " + percentile.getAsDouble());
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0.5, 1): " + confidence);
    }
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.FAILOVER;
  }
}
