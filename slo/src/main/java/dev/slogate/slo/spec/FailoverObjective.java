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
 * @param experiment judge only the faults of this experiment (as named in its spec); empty for every fault
 *     of the run. A readiness run may inject several experiments, each watched by a probe that asks its own
 *     question (is service back? is there a new leader?), so each failover promise names the experiment
 *     that measures it.
 * @param scalesWithStandIn whether the maximum follows from the target's own time constants (probe periods,
 *     heartbeats, sweep intervals): against a stand-in that runs those N times faster (the run plan's
 *     {@code targetTimeScale}) the maximum is divided by N; against a real deployment it holds as written
 */
public record FailoverObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    double maxMillis,
    OptionalDouble percentile,
    double confidence,
    long minSamples,
    Optional<String> experiment,
    boolean scalesWithStandIn)
    implements Objective {

  public FailoverObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(percentile, "percentile");
    Objects.requireNonNull(experiment, "experiment");
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

  /** Every fault of the run, a maximum as written. */
  public FailoverObjective(String name, Optional<Citation> source, Optional<String> description, double maxMillis,
      OptionalDouble percentile, double confidence, long minSamples) {
    this(name, source, description, maxMillis, percentile, confidence, minSamples, Optional.empty(), false);
  }

  /** The same objective with another maximum (a stand-in's scaled one). */
  public FailoverObjective withMaxMillis(double newMaxMillis) {
    return new FailoverObjective(name, source, description, newMaxMillis, percentile, confidence, minSamples, experiment,
        scalesWithStandIn);
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.FAILOVER;
  }
}
