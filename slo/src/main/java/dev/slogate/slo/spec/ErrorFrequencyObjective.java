package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * "At most 0.1 failed requests per second over any 5 minutes": an alert such as
 * {@code rate(api_errors_total[5m]) > 0.1} turned into an objective that holds when the alert's condition never
 * does. Every window of {@code windowMillis} that fits inside the judged phases is looked at, sliding by one
 * second; unlike {@link ErrorRateObjective} the budget is absolute, so it does not grow with the load.
 *
 * @param maxPerSecond the largest acceptable number of failed requests per second, averaged over one window,
 *     above 0
 * @param windowMillis the window length, at least one second (the resolution of a run record)
 */
public record ErrorFrequencyObjective(
    String name,
    Optional<Citation> source,
    Optional<String> description,
    Judging judging,
    RequestSelector selector,
    double maxPerSecond,
    double windowMillis)
    implements WindowObjective {

  public ErrorFrequencyObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(selector, "selector");
    if (!(maxPerSecond > 0) || Double.isInfinite(maxPerSecond)) {
      throw new IllegalArgumentException("maximum error frequency must be above 0: " + maxPerSecond);
    }
    if (!(windowMillis > 0) || Double.isInfinite(windowMillis)) {
      throw new IllegalArgumentException("window must be above 0: " + windowMillis);
    }
  }

  /** The window in whole seconds, as the record's one-second slices are summed: at least 1. */
  public long windowSeconds() {
    return Math.max(1, Math.round(windowMillis / 1000));
  }

  /** How many failed requests one window may hold on average: max × window. */
  public double allowedPerWindow() {
    return maxPerSecond * windowSeconds();
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.ERROR_FREQUENCY;
  }
}
