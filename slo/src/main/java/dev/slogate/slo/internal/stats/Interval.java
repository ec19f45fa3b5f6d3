package dev.slogate.slo.internal.stats;

/**
 * A closed interval {@code [low, high]}, in the unit of whatever it bounds.
 *
 * @param low the lower end
 * @param high the upper end, never below {@code low}
 */
public record Interval(double low, double high) {

  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
      throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
    }
  }

  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /** The same interval scaled, e.g. from events to events per second. */
  public Interval scaled(double factor) {
    return factor >= 0 ? new Interval(low * factor, high * factor) : new Interval(high * factor, low * factor);
  }
}
