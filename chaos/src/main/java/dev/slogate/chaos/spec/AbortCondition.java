package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.slogate.chaos.internal.ExperimentDurations;
import java.time.Duration;
import java.util.Objects;

/**
 * Stops an experiment early, like an AWS FIS stop condition: when {@code metric} stays above
 * {@code threshold} over a sliding window of {@code over}, the fault is aborted (paused, then removed).
 * In a file: {@code {errorRatioAbove: 0.5, over: 10s}} or {@code {p99Above: 2s, over: 10s}}.
 *
 * @param metric what is watched
 * @param threshold the error ratio (0..1), or the p99 latency in milliseconds
 * @param over the window the metric is computed on (default 10s)
 */
public record AbortCondition(Metric metric, double threshold, Duration over) {

  public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);

  /** What an abort condition watches. */
  public enum Metric {
    /** Failed requests ÷ all requests in the window. */
    ERROR_RATIO,
    /** 99th percentile response time in the window, in milliseconds. */
    P99_MILLIS
  }

  public AbortCondition {
    Objects.requireNonNull(metric, "metric");
    if (metric == Metric.ERROR_RATIO) {
      require(threshold >= 0 && threshold < 1, "errorRatioAbove", "must be a ratio from 0 to below 1");
    } else {
      require(threshold >= 1, "p99Above", "must be at least 1ms");
    }
    required(over, "over");
    require(over.toMillis() >= 100, "over", "must be at least 100ms");
  }

  /** True when an observed value (same unit as the threshold) breaches this condition. */
  public boolean isBreachedBy(double observed) {
    return observed > threshold;
  }

  @JsonCreator
  static AbortCondition of(@JsonProperty("errorRatioAbove") Double errorRatioAbove,
      @JsonProperty("p99Above") Duration p99Above, @JsonProperty("over") Duration over) {
    require((errorRatioAbove == null) != (p99Above == null), "",
        "an abort condition names exactly one of errorRatioAbove or p99Above");
    Duration window = over == null ? DEFAULT_WINDOW : over;
    return errorRatioAbove != null
        ? new AbortCondition(Metric.ERROR_RATIO, errorRatioAbove, window)
        : new AbortCondition(Metric.P99_MILLIS, p99Above.toMillis(), window);
  }

  @Override
  public String toString() {
    return (metric == Metric.ERROR_RATIO ? "error ratio above " + threshold : "p99 above " + (long) threshold + "ms")
        + " over " + ExperimentDurations.format(over);
  }
}
