package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;

/**
 * A long steady run, to find what only time shows: leaks, growing queues, slow drift. Default 10 minutes at
 * {@code slogate.rate}; {@code slogate.duration} sets the length.
 */
public class Soak extends SlogateSimulation {

  public Soak() {
    declare(() -> {
      double rate = settings.rate("slogate.rate", Defaults.RATE);
      LoadShape shape = LoadShape.openModel()
          .warmUp(rate, settings.duration("slogate.warmup", Defaults.WARM_UP))
          .steady(rate, settings.duration("slogate.duration", Defaults.SOAK))
          .coolDown(rate, settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("soak").exec(mix.chain()), shape);
    });
  }
}
