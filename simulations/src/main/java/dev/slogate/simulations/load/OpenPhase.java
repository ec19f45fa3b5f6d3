package dev.slogate.simulations.load;

import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import java.util.Objects;

/**
 * One open-model phase, as the DSL writes it: {@code steady(200).during(Duration.ofSeconds(30))},
 * {@code warmUp("spike-ramp", 10).rampTo(110).during(ramp)}. A plain value: it checks nothing until a
 * {@link LoadShape} plans it, so that writing a phase with a bad setting never throws where Gatling builds
 * the simulation.
 *
 * @param name the phase's name in the run plan, unique within it
 * @param kind how the evaluator treats it
 * @param fromUsersPerSecond the arrival rate at the start
 * @param toUsersPerSecond the arrival rate at the end (the same for a constant phase)
 * @param duration the length asked for (planned as whole seconds)
 */
public record OpenPhase(String name, PhaseKind kind, double fromUsersPerSecond, double toUsersPerSecond,
    Duration duration) implements OpenPhases {

  public OpenPhase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
  }

  @Override
  public LoadShape appendTo(LoadShape shape) {
    return fromUsersPerSecond == toUsersPerSecond
        ? shape.constant(name, kind, fromUsersPerSecond, duration)
        : shape.ramp(name, kind, fromUsersPerSecond, toUsersPerSecond, duration);
  }

  /** The first half of a phase: its name, kind and rate, waiting for its length. Immutable. */
  public record Rate(String name, PhaseKind kind, double usersPerSecond) {

    /**
     * A constant rate for {@code duration}; a warm-up ramps to this rate instead, from the start rate of
     * {@link WarmUpRamp}, so that a cold injector compiles before it carries the full rate.
     */
    public OpenPhase during(Duration duration) {
      double from = kind == PhaseKind.WARM_UP ? WarmUpRamp.startRate(usersPerSecond) : usersPerSecond;
      return new OpenPhase(name, kind, from, usersPerSecond, duration);
    }

    /** As {@link #during(Duration)} for {@code seconds}, as Gatling's {@code during(long)}. */
    public OpenPhase during(long seconds) {
      return during(Duration.ofSeconds(seconds));
    }

    /** A linear ramp from this rate to {@code usersPerSecondAtEnd}; for a warm-up, the ramp written out in full. */
    public Ramp rampTo(double usersPerSecondAtEnd) {
      return new Ramp(name, kind, usersPerSecond, usersPerSecondAtEnd);
    }
  }

  /** A ramp waiting for its length. Immutable. */
  public record Ramp(String name, PhaseKind kind, double fromUsersPerSecond, double toUsersPerSecond) {

    public OpenPhase during(Duration duration) {
      return new OpenPhase(name, kind, fromUsersPerSecond, toUsersPerSecond, duration);
    }

    public OpenPhase during(long seconds) {
      return during(Duration.ofSeconds(seconds));
    }
  }
}
