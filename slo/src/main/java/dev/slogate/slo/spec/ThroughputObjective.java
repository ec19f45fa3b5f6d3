package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * "At least 100 successful requests per second": successful requests that started in the judged windows,
 * divided by the windows' length.
 *
 * @param minPerSecond the minimum rate, above 0
 */
public record ThroughputObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    Judging judging,
    RequestSelector selector,
    double minPerSecond)
    implements WindowObjective {

  public ThroughputObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(selector, "selector");
    if (!(minPerSecond > 0)) {
      throw new IllegalArgumentException("minimum throughput must be above 0: " + minPerSecond);
    }
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.THROUGHPUT;
  }
}
