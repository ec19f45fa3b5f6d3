package dev.slogate.benchmarks.capacity;

import java.util.OptionalDouble;

/**
 * The bracket of one injector's highest valid rate: the highest rate found valid and the lowest found
 * invalid. It first climbs (or descends) by a factor until it has both, then bisects geometrically until the
 * bracket is narrower than the resolution, or the probes run out. Not thread-safe.
 */
public final class CapacitySearch {

  private static final double STEP = 1.5;
  private static final double ROUND_TO = 50;

  private final double start;
  private final double resolution;
  private final int maxProbes;
  private double highestValid = Double.NaN;
  private double lowestInvalid = Double.NaN;
  private int probes;

  /**
   * @param start the first rate to try
   * @param resolution stop once lowestInvalid / highestValid ≤ 1 + resolution
   * @param maxProbes stop after this many probes whatever the bracket
   */
  public CapacitySearch(double start, double resolution, int maxProbes) {
    this.start = start;
    this.resolution = resolution;
    this.maxProbes = maxProbes;
  }

  public boolean done() {
    if (probes >= maxProbes) {
      return true;
    }
    return !Double.isNaN(highestValid) && !Double.isNaN(lowestInvalid) && lowestInvalid / highestValid <= 1 + resolution;
  }

  /** The rate to probe next. */
  public double next() {
    double rate;
    if (Double.isNaN(highestValid) && Double.isNaN(lowestInvalid)) {
      rate = start;
    } else if (Double.isNaN(lowestInvalid)) {
      rate = highestValid * STEP;
    } else if (Double.isNaN(highestValid)) {
      rate = lowestInvalid / STEP;
    } else {
      rate = Math.sqrt(highestValid * lowestInvalid);
    }
    return Math.max(ROUND_TO, Math.round(rate / ROUND_TO) * ROUND_TO);
  }

  public void record(double rate, boolean valid) {
    probes++;
    if (valid) {
      highestValid = Double.isNaN(highestValid) ? rate : Math.max(highestValid, rate);
      if (!Double.isNaN(lowestInvalid) && lowestInvalid <= rate) {
        // A noisy machine: a lower rate failed before. The higher valid rate wins; search above it.
        lowestInvalid = Double.NaN;
      }
    } else {
      lowestInvalid = Double.isNaN(lowestInvalid) ? rate : Math.min(lowestInvalid, rate);
      if (!Double.isNaN(highestValid) && highestValid >= rate) {
        highestValid = Double.NaN;
      }
    }
  }

  public OptionalDouble highestValid() {
    return Double.isNaN(highestValid) ? OptionalDouble.empty() : OptionalDouble.of(highestValid);
  }

  public OptionalDouble lowestInvalid() {
    return Double.isNaN(lowestInvalid) ? OptionalDouble.empty() : OptionalDouble.of(lowestInvalid);
  }

  public int probes() {
    return probes;
  }
}
