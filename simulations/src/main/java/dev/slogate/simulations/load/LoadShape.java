package dev.slogate.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An open-model workload written once, from which both Gatling's injection steps and slogate's run plan
 * are derived. Deriving both from one description is what keeps the plan honest: the evaluator compares
 * achieved arrivals with exactly what Gatling was told to inject.
 *
 * <p>Immutable: every method returns a new instance.
 */
public final class LoadShape {

  private final List<Phase> phases;

  private LoadShape(List<Phase> phases) {
    this.phases = List.copyOf(phases);
  }

  /** A shape with no phase yet. */
  public static LoadShape openModel() {
    return new LoadShape(List.of());
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
    return then(Phase.constant(name, kind, endOffsetMillis(), positive(duration, name), usersPerSecond));
  }

  /** Arrivals that change linearly from one rate to another. */
  public LoadShape ramp(String name, PhaseKind kind, double fromUsersPerSecond, double toUsersPerSecond, Duration duration) {
    return then(new Phase(name, kind, endOffsetMillis(), positive(duration, name), fromUsersPerSecond, toUsersPerSecond));
  }

  private LoadShape then(Phase phase) {
    List<Phase> next = new ArrayList<>(phases);
    next.add(phase);
    return new LoadShape(next);
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

  /** The highest planned arrival rate, for sizing and for messages. */
  public double peakRate() {
    return phases.stream().mapToDouble(p -> Math.max(p.startRate(), p.endRate())).max().orElse(0);
  }

  /** Gatling injection steps that produce exactly these phases, back to back. */
  public List<OpenInjectionStep> injectionSteps() {
    List<OpenInjectionStep> steps = new ArrayList<>();
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
}
