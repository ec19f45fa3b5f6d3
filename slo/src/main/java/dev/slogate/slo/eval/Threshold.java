package dev.slogate.slo.eval;

import dev.slogate.slo.spec.Comparison;

/**
 * What a measurement must meet: "p99 < 100 ms" is {@code (LESS, 100, MILLISECONDS)}; an availability of 99.9%
 * is {@code (GREATER_OR_EQUAL, 0.999, RATIO)}. Reports word it ("< 100 ms").
 */
public record Threshold(Comparison comparison, double value, MeasureUnit unit) {

  public boolean isMetBy(double measured) {
    return comparison.holds(measured, value);
  }
}
