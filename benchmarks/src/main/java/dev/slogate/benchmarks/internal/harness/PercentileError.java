package dev.slogate.benchmarks.internal.harness;

import java.util.Locale;

/**
 * One percentile as a tool measured it next to the truth, and the accuracy target for it:
 * {@code |measured - truth| <= max(1 ms, 2% of truth)}.
 *
 * @param percentile e.g. 99
 * @param truthMillis the truth, ms
 * @param measuredMillis what the tool reported, ms
 */
public record PercentileError(double percentile, double truthMillis, double measuredMillis) {

  public static final double ABSOLUTE_TOLERANCE_MILLIS = 1.0;
  public static final double RELATIVE_TOLERANCE = 0.02;

  public double absoluteMillis() {
    return measuredMillis - truthMillis;
  }

  /** Signed, as a fraction of the truth; infinite for a zero truth. */
  public double relative() {
    return truthMillis == 0 ? (measuredMillis == 0 ? 0 : Double.POSITIVE_INFINITY) : absoluteMillis() / truthMillis;
  }

  public double toleranceMillis() {
    return Math.max(ABSOLUTE_TOLERANCE_MILLIS, RELATIVE_TOLERANCE * truthMillis);
  }

  public Met met() {
    return Met.of(Math.abs(absoluteMillis()) <= toleranceMillis());
  }

  public String label() {
    return "p" + (percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile));
  }

  public String absoluteText() {
    return String.format(Locale.ROOT, "%+.2f ms", absoluteMillis());
  }

  public String relativeText() {
    double r = relative();
    return Double.isInfinite(r) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * r);
  }

  public static String ms(double millis) {
    return String.format(Locale.ROOT, "%.2f ms", millis);
  }
}
