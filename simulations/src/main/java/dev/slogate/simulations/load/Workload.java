package dev.slogate.simulations.load;

import dev.slogate.slo.plan.InjectorShare;
import dev.slogate.slo.plan.Phase;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a simulation runs: one or more populations (a scenario and the shape it is injected with), and the
 * factor by which a documented workload was scaled down to produce them.
 *
 * <p>Populations come in stages. {@link #then} starts a stage once everything declared before it has
 * ended (e.g. an open-model spike, then a closed-model concurrency test); {@link #alongside} adds a
 * population to the current stage, running with the same open-model phases (e.g. HTTP users and
 * WebSocket users), whose planned rates add up in the run plan. Phase names are unique across the plan.
 *
 * <p>Immutable: every method returns a new instance.
 */
public final class Workload {

  /**
   * One population: what its users do, how they arrive, and how long after the run start it begins.
   *
   * @param scenario the virtual users' script; null when the simulation injects the population itself, from
   *     the shape's steps (the DSL's {@code LoadPlan})
   * @param shape the planned arrivals (or concurrency), phase by phase, from the population's start
   * @param delay from the run start to the population's first phase
   */
  public record Population(ScenarioBuilder scenario, LoadShape shape, Duration delay) {
    public Population {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(delay, "delay");
      if (shape.phases().isEmpty()) {
        throw new IllegalArgumentException("a population needs at least one phase");
      }
    }

    PopulationBuilder injected() {
      if (scenario == null) {
        throw new IllegalStateException("a population planned without a scenario is injected by its simulation");
      }
      return shape.isClosed()
          ? scenario.injectClosed(shape.closedInjectionSteps(delay))
          : scenario.injectOpen(shape.injectionSteps(delay));
    }
  }

  private final List<List<Population>> stages;
  private final double scaleFactor;

  /** One open-model population, the documented workload as it is (scale factor 1). */
  public Workload(ScenarioBuilder scenario, LoadShape shape) {
    this(List.of(List.of(new Population(Objects.requireNonNull(scenario, "scenario"), shape, Duration.ZERO))), 1.0);
  }

  private Workload(List<List<Population>> stages, double scaleFactor) {
    this.stages = stages.stream().map(List::copyOf).toList();
    this.scaleFactor = scaleFactor;
    Set<String> names = new HashSet<>();
    for (Phase phase : phases()) {
      if (!names.add(phase.name())) {
        throw new IllegalArgumentException("phase name '" + phase.name() + "' is used twice in one workload");
      }
    }
  }

  public static Workload of(ScenarioBuilder scenario, LoadShape shape) {
    return new Workload(scenario, shape);
  }

  /**
   * A plan of one population that the simulation injects itself, from {@link LoadShape#injectionSteps} or
   * {@link LoadShape#closedInjectionSteps} with the population's delay.
   */
  public static Workload planned(LoadShape shape) {
    return new Workload(List.of(List.of(new Population(null, shape, Duration.ZERO))), 1.0);
  }

  /** As {@link #then}, for a population the simulation injects itself. */
  public Workload thenPlanned(LoadShape shape) {
    List<List<Population>> next = new ArrayList<>(stages);
    next.add(List.of(new Population(null, shape, duration())));
    return new Workload(next, scaleFactor);
  }

  /** A new stage: this population starts when every population declared so far has ended. */
  public Workload then(ScenarioBuilder scenario, LoadShape shape) {
    List<List<Population>> next = new ArrayList<>(stages);
    next.add(List.of(new Population(Objects.requireNonNull(scenario, "scenario"), shape, duration())));
    return new Workload(next, scaleFactor);
  }

  /**
   * Another population in the current stage, on the same open-model phases (names, kinds, offsets and
   * durations); the run plan carries the sum of the planned rates.
   *
   * @throws IllegalArgumentException when the phases differ or either shape is a closed model
   */
  public Workload alongside(ScenarioBuilder scenario, LoadShape shape) {
    List<Population> stage = stages.get(stages.size() - 1);
    LoadShape first = stage.get(0).shape();
    if (first.isClosed() || shape.isClosed()) {
      throw new IllegalArgumentException("only open-model populations can run alongside each other: "
          + "a closed model's arrivals cannot be planned");
    }
    if (!sameTiming(first.phases(), shape.phases())) {
      throw new IllegalArgumentException("a population alongside another needs the same phases, got "
          + names(shape.phases()) + " next to " + names(first.phases()));
    }
    List<Population> widened = new ArrayList<>(stage);
    widened.add(new Population(Objects.requireNonNull(scenario, "scenario"), shape, stage.get(0).delay()));
    List<List<Population>> next = new ArrayList<>(stages.subList(0, stages.size() - 1));
    next.add(widened);
    return new Workload(next, scaleFactor);
  }

  /**
   * Records that this workload is a documented one with rates (and, where stated, times) divided by
   * {@code factor}; it goes into the run plan so a scaled run is never taken for the documented one.
   */
  public Workload scaledDownBy(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a scale factor must be a positive number, got " + factor);
    }
    return new Workload(stages, factor);
  }

  /**
   * One injector's part of this workload: every population's shape divided as {@code share} says
   * ({@link LoadShape#share}), delays, scenarios and scale factor kept. The phases of the result add up, over the
   * injectors, to this workload's {@link #phases()}.
   */
  public Workload share(InjectorShare share) {
    List<List<Population>> shared = stages.stream()
        .map(stage -> stage.stream()
            .map(p -> new Population(p.scenario(), p.shape().share(share), p.delay()))
            .toList())
        .toList();
    return new Workload(shared, scaleFactor);
  }

  /** 1 for the documented workload; N when rates were divided by N. */
  public double scaleFactor() {
    return scaleFactor;
  }

  public List<Population> populations() {
    return stages.stream().flatMap(List::stream).toList();
  }

  /** The first population's scenario. */
  public ScenarioBuilder scenario() {
    return stages.get(0).get(0).scenario();
  }

  /** The first population's shape. */
  public LoadShape shape() {
    return stages.get(0).get(0).shape();
  }

  /** The run plan's phases: every stage in turn, rates summed over the populations of a stage. */
  public List<Phase> phases() {
    List<Phase> plan = new ArrayList<>();
    for (List<Population> stage : stages) {
      long delay = stage.get(0).delay().toMillis();
      List<Phase> first = stage.get(0).shape().phases();
      for (int i = 0; i < first.size(); i++) {
        Phase p = first.get(i);
        double start = 0;
        double end = 0;
        for (Population population : stage) {
          start += population.shape().phases().get(i).startRate();
          end += population.shape().phases().get(i).endRate();
        }
        // A closed model's users come from its one population: closed populations never run alongside others.
        plan.add(new Phase(p.name(), p.kind(), p.startOffsetMillis() + delay, p.durationMillis(), start, end, p.users()));
      }
    }
    return plan;
  }

  /** From the run start to the end of the last phase. */
  public Duration duration() {
    List<Population> last = stages.get(stages.size() - 1);
    return last.get(0).delay().plus(last.get(0).shape().duration());
  }

  /** The highest planned arrival rate of the plan (all populations of a stage together). */
  public double peakRate() {
    return phases().stream().mapToDouble(p -> Math.max(p.startRate(), p.endRate())).max().orElse(0);
  }

  /** The highest planned concurrency of any closed-model population; 0 without one. */
  public int peakUsers() {
    return populations().stream().mapToInt(p -> p.shape().peakUsers()).max().orElse(0);
  }

  /** The phases lengthened to whole seconds, each once (populations alongside each other share their phases). */
  public List<LoadShape.Lengthened> lengthenedPhases() {
    return populations().stream().flatMap(p -> p.shape().lengthened().stream()).distinct().toList();
  }

  /** What {@code setUp(...)} gets: every population with its injection profile. */
  public List<PopulationBuilder> injected() {
    return populations().stream().map(Population::injected).toList();
  }

  private static boolean sameTiming(List<Phase> a, List<Phase> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Phase x = a.get(i);
      Phase y = b.get(i);
      if (!x.name().equals(y.name()) || x.kind() != y.kind() || x.startOffsetMillis() != y.startOffsetMillis()
          || x.durationMillis() != y.durationMillis()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> names(List<Phase> phases) {
    return phases.stream().map(Phase::name).toList();
  }
}
