package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
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
    Settings settings = context.settings();
    double rate = settings.rate("slogate.rate", Defaults.RATE);
    LoadShape shape = LoadShape.openModel()
        .warmUp(rate, settings.duration("slogate.warmup", Defaults.WARM_UP))
        .steady(rate, settings.duration("slogate.duration", Defaults.STEADY))
        .coolDown(rate, settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
    return new Workload(scenario("steady load").exec(mix(settings).chain()), shape);
  }

  @Override
  public FaultLoad faultLoad(WorkloadContext context) {
    return new FaultLoad(mix(context.settings()).chain(), context.settings().rate("slogate.rate", Defaults.RATE),
        "the steady rate");
  }

  private static RequestMix mix(Settings settings) {
    return RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
  }
}
