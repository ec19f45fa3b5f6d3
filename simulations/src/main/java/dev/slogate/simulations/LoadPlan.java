package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.ClosedPhase;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.OpenPhases;
import dev.slogate.simulations.load.Workload;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import java.time.Duration;
import java.util.List;

/**
 * One population of slogate's run plan, whose injection Gatling gets from here: {@code scn.injectOpen(plan.open())}
 * or {@code scn.injectClosed(plan.closed())}. The run plan and Gatling's injection are derived from the same
 * phases, so the load is the plan. The run checks in {@code before()} that every planned population was injected.
 */
public final class LoadPlan {

  private final SlogateRun run;
  private final Workload.Population population;
  private boolean injected;

  LoadPlan(SlogateRun run, Workload.Population population) {
    this.run = run;
    this.population = population;
  }

  /** The plan of a run that will end in {@code before()}: it injects nobody. */
  static LoadPlan failed(SlogateRun run) {
    return new LoadPlan(run, null);
  }

  /** Gatling's open-model steps for this population, after the stages before it. */
  public List<OpenInjectionStep> open() {
    injected = true;
    return population == null ? List.of(nothingFor(Duration.ofSeconds(1)))
        : population.shape().injectionSteps(population.delay());
  }

  /** Gatling's closed-model steps for this population, after the stages before it with no user at all. */
  public List<ClosedInjectionStep> closed() {
    injected = true;
    return population == null ? List.of(constantConcurrentUsers(0).during(Duration.ofSeconds(1)))
        : population.shape().closedInjectionSteps(population.delay());
  }

  /** An open-model population that starts when this one (and every one before it) has ended. */
  public LoadPlan then(OpenPhases... phases) {
    return run.then(this, () -> LoadShape.openModel(phases));
  }

  /** A closed-model population that starts when this one (and every one before it) has ended. */
  public LoadPlan then(ClosedPhase... phases) {
    return run.then(this, () -> LoadShape.closedModel(phases));
  }

  boolean injected() {
    return injected;
  }

  /** What Gatling runs for a run that ends in {@code before()}: one population that injects nobody. */
  static PopulationBuilder placeholder() {
    return scenario("slogate: no load").exec(session -> session).injectOpen(nothingFor(Duration.ofSeconds(1)));
  }
}
