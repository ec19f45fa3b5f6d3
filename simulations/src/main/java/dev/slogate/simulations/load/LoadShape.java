package dev.slogate.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A workload written once, from which both Gatling's injection steps and slogate's run plan are derived.
 * Deriving both from one description is what keeps the plan honest: the evaluator compares achieved
 * arrivals with exactly what Gatling was told to inject.
 *
 * <p>An open model ({@link #openModel()}) plans arrivals per second. A closed model ({@link #closedModel()})
 * plans concurrent users instead; its phases have a planned arrival rate of 0, which tells the evaluator
 * that arrivals are the target's doing and not a plan it can check.
 *
 * <p>Immutable: every method returns a new instance.
 */
public final class LoadShape {

  /** Concurrent users at the start and end of a closed phase; both 0 for an open one. */
  private record Users(int from, int to) {}

  private final boolean closed;
  private final List<Phase> phases;
  private final List<Users> users;

  private LoadShape(boolean closed, List<Phase> phases, List<Users> users) {
    this.closed = closed;
    this.phases = List.copyOf(phases);
    this.users = List.copyOf(users);
  }

  /** An open-model shape with no phase yet. */
  public static LoadShape openModel() {
    return new LoadShape(false, List.of(), List.of());
  }

  /** A closed-model shape with no phase yet: each finished user is replaced to hold the concurrency. */
  public static LoadShape closedModel() {
    return new LoadShape(true, List.of(), List.of());
  }

  public boolean isClosed() {
    return closed;
  }

  /** Constant arrivals for a while; judged by nothing unless an objective names warm-up. */
  public LoadShape warmUp(double usersPerSecond, Duration duration) {
    return constant("warm-up", PhaseKind.WARM_UP, usersPerSecond, duration);
  }

  /** Constant arrivals, the phase objectives are judged on by default. */
  public LoadShape steady(double usersPerSecond, Duration duration) {
    return constant("steady", PhaseKind.STEADY, usersPerSecond, duration);
  }

  public LoadShape coolDown(double usersPerSecond, Duration duration) {
    return constant("cool-down", PhaseKind.COOL_DOWN, usersPerSecond, duration);
  }

  /** Constant arrivals in a named phase. */
  public LoadShape constant(String name, PhaseKind kind, double usersPerSecond, Duration duration) {
    requireModel(false, name);
    return then(Phase.constant(name, kind, endOffsetMillis(), positive(duration, name), usersPerSecond), new Users(0, 0));
  }

  /** Arrivals that change linearly from one rate to another. */
  public LoadShape ramp(String name, PhaseKind kind, double fromUsersPerSecond, double toUsersPerSecond, Duration duration) {
    requireModel(false, name);
    return then(new Phase(name, kind, endOffsetMillis(), positive(duration, name), fromUsersPerSecond, toUsersPerSecond),
        new Users(0, 0));
  }

  /** A closed-model phase holding {@code users} concurrent users. */
  public LoadShape concurrentUsers(String name, PhaseKind kind, int users, Duration duration) {
    return rampConcurrentUsers(name, kind, users, users, duration);
  }

  /** A closed-model phase whose concurrency changes linearly. */
  public LoadShape rampConcurrentUsers(String name, PhaseKind kind, int fromUsers, int toUsers, Duration duration) {
    requireModel(true, name);
    if (fromUsers < 0 || toUsers < 0) {
      throw new IllegalArgumentException("phase " + name + " needs a non-negative number of users");
    }
    return then(Phase.constant(name, kind, endOffsetMillis(), positive(duration, name), 0), new Users(fromUsers, toUsers));
  }

  private LoadShape then(Phase phase, Users phaseUsers) {
    List<Phase> next = new ArrayList<>(phases);
    next.add(phase);
    List<Users> nextUsers = new ArrayList<>(users);
    nextUsers.add(phaseUsers);
    return new LoadShape(closed, next, nextUsers);
  }

  private void requireModel(boolean closedPhase, String name) {
    if (closedPhase != closed) {
      throw new IllegalStateException("phase " + name + " is " + (closedPhase ? "a closed-model" : "an open-model")
          + " phase, but this shape is " + (closed ? "a closed model" : "an open model"));
    }
  }

  private long endOffsetMillis() {
    return phases.isEmpty() ? 0 : phases.get(phases.size() - 1).endOffsetMillis();
  }

  private static long positive(Duration duration, String phaseName) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("phase " + phaseName + " needs a positive duration, got " + duration);
    }
    return duration.toMillis();
  }

  public List<Phase> phases() {
    return phases;
  }

  /** Total planned length. */
  public Duration duration() {
    return Duration.ofMillis(endOffsetMillis());
  }

  /** The highest planned arrival rate, for sizing and for messages; 0 for a closed model. */
  public double peakRate() {
    return phases.stream().mapToDouble(p -> Math.max(p.startRate(), p.endRate())).max().orElse(0);
  }

  /** The highest planned concurrency of a closed model; 0 for an open one. */
  public int peakUsers() {
    return users.stream().mapToInt(u -> Math.max(u.from(), u.to())).max().orElse(0);
  }

  /** Gatling injection steps that produce exactly these phases, back to back. */
  public List<OpenInjectionStep> injectionSteps() {
    return injectionSteps(Duration.ZERO);
  }

  /** As {@link #injectionSteps()}, after {@code delay} without arrivals. */
  public List<OpenInjectionStep> injectionSteps(Duration delay) {
    requireModel(false, "of " + phases.size() + " open-model phases");
    List<OpenInjectionStep> steps = new ArrayList<>();
    if (!delay.isZero()) {
      steps.add(nothingFor(delay));
    }
    for (Phase phase : phases) {
      Duration duration = Duration.ofMillis(phase.durationMillis());
      if (phase.startRate() == 0 && phase.endRate() == 0) {
        steps.add(nothingFor(duration));
      } else if (phase.isRamp()) {
        steps.add(rampUsersPerSec(phase.startRate()).to(phase.endRate()).during(duration));
      } else {
        steps.add(constantUsersPerSec(phase.startRate()).during(duration));
      }
    }
    return steps;
  }

  /** Gatling closed-model steps for these phases, after {@code delay} with no user at all. */
  public List<ClosedInjectionStep> closedInjectionSteps(Duration delay) {
    requireModel(true, "of " + phases.size() + " closed-model phases");
    List<ClosedInjectionStep> steps = new ArrayList<>();
    if (!delay.isZero()) {
      steps.add(constantConcurrentUsers(0).during(delay));
    }
    for (int i = 0; i < phases.size(); i++) {
      Duration duration = Duration.ofMillis(phases.get(i).durationMillis());
      Users u = users.get(i);
      steps.add(u.from() == u.to()
          ? constantConcurrentUsers(u.from()).during(duration)
          : CoreDsl.rampConcurrentUsers(u.from()).to(u.to()).during(duration));
    }
    return steps;
  }
}
