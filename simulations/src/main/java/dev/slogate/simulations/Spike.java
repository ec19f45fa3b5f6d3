package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.recovery;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A sudden surge: steady at {@code slogate.rate}, a ramp to {@code slogate.spike.factor} times that
 * (default 10x) within {@code slogate.spike.ramp} (5 s), a hold of {@code slogate.spike.hold} (10 s), and
 * back. Phases: warm-up, steady (base), fault-free {@code spike-ramp}, {@code spike} and {@code recovery}.
 */
public class Spike extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SimulationOptions options = slogate.options();
  private final double base = options.rate(Defaults.RATE / 4);
  private final double peak = base * options.spikeFactor();
  private final LoadPlan plan = slogate.plan(
      warmUp(base).during(options.warmUp()),
      steady(base).during(options.steady(Duration.ofSeconds(10))),
      steady("spike-ramp", base).rampTo(peak).during(options.spikeRamp()),
      steady("spike", peak).during(options.spikeHold()),
      recovery("spike-down", peak).rampTo(base).during(options.spikeRamp()),
      recovery(base).during(Duration.ofSeconds(10)));
  private final ScenarioBuilder spike = scenario("spike").exec(options.requests());

  {
    setUp(spike.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
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
