package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How long a route takes to answer, before the machine adds its own overhead. Immutable values;
 * each constructor checks its invariants and says what is wrong in one line.
 *
 * <p>Sampling lives with the replica ({@code dev.slogate.stack.replica.LatencySampler}); these
 * types only describe the shape.
 */
public sealed interface LatencyDistribution {

  /** The same delay every time. */
  record Fixed(Duration value) implements LatencyDistribution {
    public Fixed {
      requireNonNegative("value", value);
    }
  }

  /** Uniform between {@code min} and {@code max}, both inclusive. */
  record Uniform(Duration min, Duration max) implements LatencyDistribution {
    public Uniform {
      requireNonNegative("min", min);
      requireNonNegative("max", max);
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException(
            "max (" + text(max) + ") must not be below min (" + text(min) + ")");
      }
    }
  }

  /** Normal with the given mean and standard deviation, truncated at zero (negative draws are redrawn). */
  record Normal(Duration mean, Duration stddev) implements LatencyDistribution {
    public Normal {
      requireNonNegative("mean", mean);
      requireNonNegative("stddev", stddev);
    }
  }

  /**
   * Log-normal given by two quantiles people can read off a dashboard: the median and the p99.
   * Then mu = ln(median) and sigma = ln(p99 / median) / z(0.99).
   */
  record LogNormal(Duration median, Duration p99) implements LatencyDistribution {
    public LogNormal {
      requireNonNegative("median", median);
      requireNonNegative("p99", p99);
      if (median.isZero()) {
        throw new IllegalArgumentException("median must be greater than 0");
      }
      if (p99.compareTo(median) <= 0) {
        throw new IllegalArgumentException(
            "p99 (" + text(p99) + ") must be greater than median (" + text(median) + ")");
      }
    }
  }

  /** Discrete: each value is drawn with probability weight / sum of weights. */
  record Weighted(List<WeightedValue> values) implements LatencyDistribution {
    public Weighted {
      values = List.copyOf(Objects.requireNonNull(values, "values"));
      if (values.isEmpty()) {
        throw new IllegalArgumentException("needs at least one value");
      }
    }
  }

  /** One value of a {@link Weighted} distribution. */
  record WeightedValue(Duration value, double weight) {
    public WeightedValue {
      requireNonNegative("value", value);
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be a positive number, got " + weight);
      }
    }
  }

  /**
   * Continuous, given by its quantile function at a few points; between two points the
   * quantile function is linear. The points must include percentile 0 and 100, and values
   * must not decrease as the percentile grows.
   */
  record Percentiles(List<PercentilePoint> points) implements LatencyDistribution {
    public Percentiles {
      points = List.copyOf(Objects.requireNonNull(points, "points"));
      if (points.size() < 2
          || points.get(0).percentile() != 0.0
          || points.get(points.size() - 1).percentile() != 100.0) {
        throw new IllegalArgumentException("percentiles must include p0 and p100");
      }
      for (int i = 1; i < points.size(); i++) {
        PercentilePoint before = points.get(i - 1);
        PercentilePoint after = points.get(i);
        if (after.percentile() <= before.percentile()) {
          throw new IllegalArgumentException("percentiles must be listed in increasing order");
        }
        if (after.value().compareTo(before.value()) < 0) {
          throw new IllegalArgumentException("p" + PercentilePoint.label(after.percentile())
              + " (" + text(after.value()) + ") is below p" + PercentilePoint.label(before.percentile())
              + " (" + text(before.value()) + ")");
        }
      }
    }
  }

  /** One point of a {@link Percentiles} distribution: percentile in [0, 100]. */
  record PercentilePoint(double percentile, Duration value) {
    public PercentilePoint {
      if (!(percentile >= 0 && percentile <= 100)) {
        throw new IllegalArgumentException("percentile must be within [0, 100], got " + percentile);
      }
      requireNonNegative("value", value);
    }

    /** 50.0 → "50", 99.9 → "99.9". */
    public static String label(double percentile) {
      return java.math.BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString();
    }
  }

  private static void requireNonNegative(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
  }

  private static String text(Duration value) {
    return Durations.formatInLargestUnit(value);
  }
}
