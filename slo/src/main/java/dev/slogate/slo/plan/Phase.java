package dev.slogate.slo.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One planned stretch of a run, with the open-model arrival rate the injector was asked to produce.
 * Offsets count from the start of the Gatling run (the start in the log's header).
 *
 * @param name a unique name within the plan, such as {@code steady} or {@code fault-1}
 * @param kind what the phase is for
 * @param startOffsetMillis when it begins, from the run start
 * @param durationMillis how long it lasts
 * @param startRate planned arrivals per second at the beginning (users/s for an open model)
 * @param endRate planned arrivals per second at the end; equal to {@code startRate} for a constant rate,
 *     different for a linear ramp
 */
public record Phase(
    String name, PhaseKind kind, long startOffsetMillis, long durationMillis, double startRate, double endRate) {

  public Phase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (startOffsetMillis < 0 || durationMillis <= 0) {
      throw new IllegalArgumentException("phase " + name + " needs offset >= 0 and duration > 0");
    }
    if (startRate < 0 || endRate < 0 || Double.isNaN(startRate) || Double.isNaN(endRate)) {
      throw new IllegalArgumentException("phase " + name + " needs non-negative rates");
    }
  }

  /** A phase at one constant rate. */
  public static Phase constant(String name, PhaseKind kind, long startOffsetMillis, long durationMillis, double rate) {
    return new Phase(name, kind, startOffsetMillis, durationMillis, rate, rate);
  }

  public long endOffsetMillis() {
    return startOffsetMillis + durationMillis;
  }

  @JsonIgnore
  public boolean isRamp() {
    return startRate != endRate;
  }

  /** Planned rate at an offset into the run, linear between start and end. */
  public double plannedRateAt(long offsetMillis) {
    double fraction = Math.min(1, Math.max(0, (offsetMillis - startOffsetMillis) / (double) durationMillis));
    return startRate + (endRate - startRate) * fraction;
  }

  /** Planned arrivals between two offsets into the run, clipped to this phase. */
  public double plannedArrivalsBetween(long fromOffsetMillis, long toOffsetMillis) {
    long from = Math.max(fromOffsetMillis, startOffsetMillis);
    long to = Math.min(toOffsetMillis, endOffsetMillis());
    if (to <= from) {
      return 0;
    }
    // Trapezoid: the rate is linear inside a phase.
    return (plannedRateAt(from) + plannedRateAt(to)) / 2 * (to - from) / 1000.0;
  }

  /** Planned arrivals over the whole phase. */
  public double plannedArrivals() {
    return (startRate + endRate) / 2 * durationMillis / 1000.0;
  }
}
