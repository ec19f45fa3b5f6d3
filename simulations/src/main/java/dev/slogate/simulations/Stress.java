package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.OpenPhases;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Stepped rates to find the knee: {@code slogate.steps} levels (default 5) of {@code slogate.step}
 * (default 10 s) each, rising by {@code slogate.rate} per level. Every level is its own steady phase
 * ({@code level-1} …), so the evaluation shows where latency bends and where the injector gave out.
 */
public class Stress extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final double increment = options.rate();
  private final LoadPlan plan = slogate.plan(Stream.concat(
      Stream.of(warmUp(increment).during(options.warmUp())),
      IntStream.rangeClosed(1, options.stressSteps())
          .mapToObj(level -> steady("level-" + level, increment * level).during(options.stressStep())))
      .toArray(OpenPhases[]::new));
  private final ScenarioBuilder stress = scenario("stress").exec(options.requests());

  {
    setUp(stress.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
  }

  @Override
  public void before() {
    slogate.before();
  }

  @Override
  public void after() {
    slogate.after();
  }
}
