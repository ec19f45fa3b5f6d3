package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * "99.9% of requests succeed". The same test as an error rate of at most 1 − SLO, and it also defines the
 * error budget: 1 − SLO of the requests may fail.
 *
 * @param target the SLO as a fraction, in (0, 1), such as 0.999
 */
public record AvailabilityObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    Judging judging,
    RequestSelector selector,
    double target)
    implements WindowObjective {

  public AvailabilityObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(selector, "selector");
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("availability target must be in (0, 1): " + target);
    }
  }

  /** The error budget as a share of requests: 1 − SLO. */
  public double errorBudget() {
    // 1 - 0.99 in binary floating point is 0.010000000000000009; budgets are shown and multiplied, so keep them exact.
    return java.math.BigDecimal.ONE.subtract(java.math.BigDecimal.valueOf(target)).doubleValue();
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.AVAILABILITY;
  }
}
