package dev.slogate.slo.eval;

/** The unit of a measurement and its target. */
public enum MeasureUnit {
  /** Milliseconds (latency, failover time). */
  MILLISECONDS("ms"),
  /** A fraction in [0, 1] (error rate, availability); shown as a percentage. */
  RATIO("ratio"),
  /** Events per second (throughput). */
  PER_SECOND("/s");

  private final String symbol;

  MeasureUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
