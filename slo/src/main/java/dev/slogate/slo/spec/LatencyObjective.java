package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * "The p99 of GET /api/* is below 100 ms".
 *
 * @param percentile in (0, 100), such as 50, 99 or 99.9
 * @param outcome which requests count
 * @param comparison how the percentile must relate to the threshold
 * @param thresholdMillis the threshold in milliseconds, above 0 (fractions allowed: 500us is 0.5)
 */
public record LatencyObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    Judging judging,
    RequestSelector selector,
    double percentile,
    LatencyOutcome outcome,
    Comparison comparison,
    double thresholdMillis)
    implements WindowObjective {

  public LatencyObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(comparison, "comparison");
    if (!(percentile > 0 && percentile < 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100): " + percentile);
    }
    if (!(thresholdMillis > 0)) {
      throw new IllegalArgumentException("threshold must be above 0: " + thresholdMillis);
    }
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.LATENCY;
  }
}
