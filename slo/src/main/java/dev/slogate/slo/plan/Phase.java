package dev.slogate.slo.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One planned stretch of a run, with the open-model arrival rate the injector was asked to produce, or the
 * concurrent users a closed model was asked to hold. Offsets count from the start of the Gatling run (the start in
 * the log's header).
 *
 * @param name a unique name within the plan, such as {@code steady} or {@code fault-1}
 * @param kind what the phase is for
 * @param startOffsetMillis when it begins, from the run start
 * @param durationMillis how long it lasts
 * @param startRate planned arrivals per second at the beginning (users/s for an open model)
 * @param endRate planned arrivals per second at the end; equal to {@code startRate} for a constant rate,
 *     different for a linear ramp
 * @param users the concurrent users a closed-model phase holds (its rates are 0); null for an open-model phase, and
 *     in a plan written before closed phases recorded them (whose users are then not checked)
 */
public record Phase(
    String name, PhaseKind kind, long startOffsetMillis, long durationMillis, double startRate, double endRate,
    @JsonInclude(JsonInclude.Include.NON_NULL) Users users) {

  /**
   * The concurrency a closed-model phase holds, changing linearly from {@code start} to {@code end}.
   *
   * @param start concurrent users at the phase's start
   * @param end concurrent users at its end; equal to {@code start} for a constant concurrency
   */
  public record Users(int start, int end) {
    public Users {
      if (start < 0 || end < 0) {
        throw new IllegalArgumentException("concurrent users cannot be negative: " + start + ", " + end);
      }
    }
  }

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

  /** An open-model phase (or one of a plan that did not record a closed model's users). */
  public Phase(String name, PhaseKind kind, long startOffsetMillis, long durationMillis, double startRate, double endRate) {
    this(name, kind, startOffsetMillis, durationMillis, startRate, endRate, null);
  }

  /** A phase at one constant rate. */
  public static Phase constant(String name, PhaseKind kind, long startOffsetMillis, long durationMillis, double rate) {
    return new Phase(name, kind, startOffsetMillis, durationMillis, rate, rate);
  }

  /** A closed-model phase: no planned arrival rate, {@code startUsers} to {@code endUsers} concurrent users. */
  public static Phase closed(String name, PhaseKind kind, long startOffsetMillis, long durationMillis, int startUsers,
      int endUsers) {
    return new Phase(name, kind, startOffsetMillis, durationMillis, 0, 0, new Users(startUsers, endUsers));
  }

  /** This phase, starting at another offset. */
  public Phase movedTo(long newStartOffsetMillis) {
    return new Phase(name, kind, newStartOffsetMillis, durationMillis, startRate, endRate, users);
  }

  /** Whether the plan says how many users this phase holds: a closed-model phase of a plan that records it. */
  @JsonIgnore
  public boolean holdsUsers() {
    return users != null;
  }

  /** Planned concurrent users at an offset into the run, linear between start and end; 0 for an open phase. */
  public double plannedUsersAt(long offsetMillis) {
    if (users == null) {
      return 0;
    }
    double fraction = Math.min(1, Math.max(0, (offsetMillis - startOffsetMillis) / (double) durationMillis));
    return users.start() + (users.end() - users.start()) * fraction;
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
