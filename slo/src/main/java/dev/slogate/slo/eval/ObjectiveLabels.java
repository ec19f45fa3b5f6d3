package dev.slogate.slo.eval;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The short labels a result carries as data ({@link ObjectiveResult#measure()}): "p99", "p99.9". Reports word the
 * rest.
 */
final class ObjectiveLabels {

  private ObjectiveLabels() {}

  /** "p99", "p99.9": six significant digits at most, no trailing zeros. */
  static String percentile(double percentile) {
    if (percentile == Math.rint(percentile)) {
      return "p" + (long) percentile;
    }
    BigDecimal rounded = new BigDecimal(percentile).round(new MathContext(6)).stripTrailingZeros();
    return "p" + (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
  }
}
