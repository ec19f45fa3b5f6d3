package dev.slogate.simulations;

import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;

/**
 * The embedded reference stack as a system: {@link SteadyLoad}'s workload (the request mix of
 * {@code slogate.requests} at {@code slogate.rate}), and the same under faults.
 */
final class ReferenceWorkload implements SystemWorkload {

  static final String NAME = Defaults.SLO;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Workload workload(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    double rate = options.rate();
    LoadShape shape = LoadShape.openModel(
        warmUp(rate).during(options.warmUp()),
        steady(rate).during(options.steady()),
        coolDown(rate).during(options.coolDown()));
    return Workload.of(scenario("steady load").exec(options.requests()), shape);
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    SimulationOptions options = SimulationOptions.of(context.settings());
    return new FaultLoad(options.requests(), options.rate(), "the steady rate");
  }
}
