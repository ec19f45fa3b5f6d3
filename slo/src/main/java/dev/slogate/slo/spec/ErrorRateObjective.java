package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * "At most 0.1% of requests fail" (KO ÷ all requests).
 *
 * @param maxRatio the largest acceptable share of failures, in (0, 1)
 */
public record ErrorRateObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    Judging judging,
    RequestSelector selector,
    double maxRatio)
    implements WindowObjective {

  public ErrorRateObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(selector, "selector");
    if (!(maxRatio > 0 && maxRatio < 1)) {
      throw new IllegalArgumentException("maximum error rate must be in (0, 1): " + maxRatio);
    }
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.ERROR_RATE;
  }
}
