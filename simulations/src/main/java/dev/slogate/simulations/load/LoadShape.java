package dev.slogate.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.slogate.slo.plan.InjectorShare;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.math.BigDecimal;
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
 * that arrivals are the target's doing and not a plan it can check, and record the users to hold, which it checks.
 *
 * <p>Phases last whole seconds. Gatling injects second by second: an open-model step of 1.2 s injects one
 * second's worth of users and then nothing for 0.2 s, and a closed-model step is looked up a second ahead, so
 * its users start up to a second early. A phase asked for a fraction of a second is therefore lengthened to the
 * next whole second ({@link #lengthened()} says which), and the plan stays what Gatling really injects.
 *
 * <p>Immutable: every method returns a new instance.
 */
public final class LoadShape {

  /** Concurrent users at the start and end of a closed phase; both 0 for an open one. */
  private record Users(int from, int to) {}

  /**
   * A phase whose asked length was not a whole number of seconds, and the length it was planned and injected with.
   */
  public record Lengthened(String phase, Duration asked, Duration planned) {
    @Override
    public String toString() {
      return phase + " " + seconds(asked) + " -> " + seconds(planned);
    }

    private static String seconds(Duration duration) {
      return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
  }

  private final boolean closed;
  private final List<Phase> phases;
  private final List<Users> users;
  private final List<Lengthened> lengthened;

  private LoadShape(boolean closed, List<Phase> phases, List<Users> users, List<Lengthened> lengthened) {
    this.closed = closed;
    this.phases = List.copyOf(phases);
    this.users = List.copyOf(users);
    this.lengthened = List.copyOf(lengthened);
  }

  /** An open-model shape with no phase yet. */
  public static LoadShape openModel() {
    return new LoadShape(false, List.of(), List.of(), List.of());
  }

  /** A closed-model shape with no phase yet: each finished user is replaced to hold the concurrency. */
  public static LoadShape closedModel() {
    return new LoadShape(true, List.of(), List.of(), List.of());
  }

  /**
   * An open-model shape of these phases, in order.
   *
   * @throws IllegalArgumentException for a phase that cannot be planned (one with no positive length)
   */
  public static LoadShape openModel(OpenPhases... phases) {
    return openModel().then(phases);
  }

  /** A closed-model shape of these phases, in order. */
  public static LoadShape closedModel(ClosedPhase... phases) {
    LoadShape shape = closedModel();
    for (ClosedPhase phase : phases) {
      shape = phase.appendTo(shape);
    }
    return shape;
  }

  /** This shape with {@code phases} after its last phase. */
  public LoadShape then(OpenPhases... phases) {
    LoadShape shape = this;
    for (OpenPhases phase : phases) {
      shape = phase.appendTo(shape);
    }
    return shape;
  }

  /**
   * The length a phase asked to last {@code asked} is planned and injected with: the next whole second, since
   * Gatling injects second by second. Never shorter than asked, so a documented hold time is held at least as long.
   */
  public static Duration injectableLength(Duration asked) {
    long seconds = Math.floorDiv(asked.toMillis() + 999, 1000);
    return Duration.ofSeconds(Math.max(1, seconds));
  }

  public boolean isClosed() {
    return closed;
  }

  /**
   * Arrivals rising to {@code usersPerSecond} as {@link WarmUpRamp} shapes them, as the DSL's
   * {@code warmUp(rate).during(d)}; judged by nothing unless an objective names warm-up.
   */
  public LoadShape warmUp(double usersPerSecond, Duration duration) {
    double from = WarmUpRamp.startRate(usersPerSecond);
    return from == usersPerSecond
        ? constant("warm-up", PhaseKind.WARM_UP, usersPerSecond, duration)
        : ramp("warm-up", PhaseKind.WARM_UP, from, usersPerSecond, duration);
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
    return then(Phase.constant(name, kind, endOffsetMillis(), length(duration, name), usersPerSecond), new Users(0, 0),
        duration);
  }

  /** Arrivals that change linearly from one rate to another. */
  public LoadShape ramp(String name, PhaseKind kind, double fromUsersPerSecond, double toUsersPerSecond, Duration duration) {
    requireModel(false, name);
    return then(new Phase(name, kind, endOffsetMillis(), length(duration, name), fromUsersPerSecond, toUsersPerSecond),
        new Users(0, 0), duration);
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
    return then(Phase.closed(name, kind, endOffsetMillis(), length(duration, name), fromUsers, toUsers),
        new Users(fromUsers, toUsers), duration);
  }

  private LoadShape then(Phase phase, Users phaseUsers, Duration asked) {
    List<Phase> next = new ArrayList<>(phases);
    next.add(phase);
    List<Users> nextUsers = new ArrayList<>(users);
    nextUsers.add(phaseUsers);
    List<Lengthened> nextLengthened = new ArrayList<>(lengthened);
    if (phase.durationMillis() != asked.toMillis()) {
      nextLengthened.add(new Lengthened(phase.name(), asked, Duration.ofMillis(phase.durationMillis())));
    }
    return new LoadShape(closed, next, nextUsers, nextLengthened);
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

  private static long length(Duration duration, String phaseName) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("phase " + phaseName + " needs a positive duration, got " + duration);
    }
    return injectableLength(duration).toMillis();
  }

  public List<Phase> phases() {
    return phases;
  }

  /**
   * One injector's part of this shape, when {@code share.count()} injectors share the run: every open phase's rate
   * and every closed phase's users divided as {@link InjectorShare} says, so that the injectors' parts add up to
   * this shape exactly. Gatling's steps and the plan come from the divided phases alike.
   */
  public LoadShape share(InjectorShare share) {
    List<Phase> shared = phases.stream().map(share::of).toList();
    List<Users> sharedUsers = users.stream().map(u -> new Users(share.users(u.from()), share.users(u.to()))).toList();
    return new LoadShape(closed, shared, sharedUsers, lengthened);
  }

  /** The phases that were lengthened to whole seconds, in order; empty when every length was whole. */
  public List<Lengthened> lengthened() {
    return lengthened;
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
