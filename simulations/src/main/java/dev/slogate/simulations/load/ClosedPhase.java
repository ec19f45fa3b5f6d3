package dev.slogate.simulations.load;

import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import java.util.Objects;

/**
 * One closed-model phase, as the DSL writes it: {@code closed("concurrency", 500).during(d)}. Its planned
 * arrival rate is 0: a closed model's arrivals are the target's doing, not a plan the evaluator can check; the
 * plan records its users instead, and the evaluator checks that they were held.
 * A plain value, checked when a {@link LoadShape} plans it.
 *
 * @param name the phase's name in the run plan
 * @param kind how the evaluator treats it
 * @param fromUsers concurrent users at the start
 * @param toUsers concurrent users at the end (the same for a constant phase)
 * @param duration the length asked for (planned as whole seconds)
 */
public record ClosedPhase(String name, PhaseKind kind, int fromUsers, int toUsers, Duration duration) {

  public ClosedPhase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
  }

  /** {@code shape} with this phase after its last one. */
  public LoadShape appendTo(LoadShape shape) {
    return shape.rampConcurrentUsers(name, kind, fromUsers, toUsers, duration);
  }

  /** The first half of a closed phase: its name, kind and concurrency, waiting for its length. Immutable. */
  public record Users(String name, PhaseKind kind, int users) {

    public ClosedPhase during(Duration duration) {
      return new ClosedPhase(name, kind, users, users, duration);
    }

    public ClosedPhase during(long seconds) {
      return during(Duration.ofSeconds(seconds));
    }

    /** Concurrency that changes linearly from this number of users to {@code usersAtEnd}. */
    public Ramp rampTo(int usersAtEnd) {
      return new Ramp(name, kind, users, usersAtEnd);
    }
  }

  /** A closed-model ramp waiting for its length. Immutable. */
  public record Ramp(String name, PhaseKind kind, int fromUsers, int toUsers) {

    public ClosedPhase during(Duration duration) {
      return new ClosedPhase(name, kind, fromUsers, toUsers, duration);
    }

    public ClosedPhase during(long seconds) {
      return during(Duration.ofSeconds(seconds));
    }
  }
}
