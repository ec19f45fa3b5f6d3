package dev.slogate.slo.baseline;

/**
 * How relative objectives ("p95 ≤ baseline + 10%") are judged. All defaults are here.
 *
 * @param tolerance the relative increase allowed, 0.10 for +10%
 * @param slackMillis an absolute increase allowed on top, default 1 ms: Gatling logs whole milliseconds, so a
 *     2 ms p95 that becomes 3 ms is +50% and still within the log's resolution
 * @param required true when a comparison was asked for (a baseline was named or pinned): without a usable
 *     baseline the relative objectives are then INCONCLUSIVE, never PASS; false leaves them out
 * @param replicates bootstrap replicates per relative objective
 */
public record RegressionCriteria(double tolerance, double slackMillis, boolean required, int replicates) {

  public static final double DEFAULT_TOLERANCE = 0.10;
  public static final double DEFAULT_SLACK_MILLIS = 1.0;

  public RegressionCriteria {
    if (!(tolerance >= 0 && tolerance < 10)) {
      throw new IllegalArgumentException("regression tolerance must be in [0, 1000%): " + tolerance);
    }
    if (!(slackMillis >= 0)) {
      throw new IllegalArgumentException("regression slack cannot be negative: " + slackMillis);
    }
    if (replicates < 100) {
      throw new IllegalArgumentException("at least 100 bootstrap replicates: " + replicates);
    }
  }

  /** +10% and 1 ms, comparison not required. */
  public static RegressionCriteria defaults() {
    return new RegressionCriteria(DEFAULT_TOLERANCE, DEFAULT_SLACK_MILLIS, false, PercentileBootstrap.DEFAULT_REPLICATES);
  }

  public RegressionCriteria withTolerance(double newTolerance) {
    return new RegressionCriteria(newTolerance, slackMillis, required, replicates);
  }

  public RegressionCriteria withRequired(boolean isRequired) {
    return new RegressionCriteria(tolerance, slackMillis, isRequired, replicates);
  }

  /**
   * Parses "10%" or "0.1".
   *
   * @throws IllegalArgumentException for anything else
   */
  public static double parseTolerance(String text) {
    String trimmed = text.trim();
    try {
      double value = trimmed.endsWith("%")
          ? Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).trim()) / 100
          : Double.parseDouble(trimmed);
      if (!(value >= 0 && value < 10)) {
        throw new IllegalArgumentException("regression tolerance " + text + " is out of range (write 10% or 0.1)");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("regression tolerance " + text + " is not a number (write 10% or 0.1)", e);
    }
  }
}
