package dev.slogate.slo.eval;

/**
 * Settings of an evaluation. All defaults are here.
 *
 * @param loadTolerance how far, as a fraction, the achieved arrivals of a phase may be from the planned ones
 *     (either direction) before the phase is INVALID; default 0.05. One arrival of slack is added for the
 *     rounding at window edges.
 */
public record EvaluationOptions(double loadTolerance) {

  public static final double DEFAULT_LOAD_TOLERANCE = 0.05;

  private static final EvaluationOptions DEFAULTS = new EvaluationOptions(DEFAULT_LOAD_TOLERANCE);

  public EvaluationOptions {
    if (!(loadTolerance >= 0 && loadTolerance < 1)) {
      throw new IllegalArgumentException("load tolerance must be in [0, 1): " + loadTolerance);
    }
  }

  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  public EvaluationOptions withLoadTolerance(double tolerance) {
    return new EvaluationOptions(tolerance);
  }
}
