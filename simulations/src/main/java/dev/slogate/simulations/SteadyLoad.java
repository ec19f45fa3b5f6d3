package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;

/**
 * The default run: an open model at a constant rate after a warm-up, judged on the steady phase.
 *
 * <p>{@code slogate.rate} (arrivals/s, default 200), {@code slogate.warmup} (10s), {@code slogate.duration}
 * (30s), {@code slogate.cooldown} (2s), {@code slogate.requests} (the request mix).
 */
public class SteadyLoad extends SlogateSimulation {

  public SteadyLoad() {
    declare(() -> {
      double rate = settings.rate("slogate.rate", Defaults.RATE);
      LoadShape shape = LoadShape.openModel()
          .warmUp(rate, settings.duration("slogate.warmup", Defaults.WARM_UP))
          .steady(rate, settings.duration("slogate.duration", Defaults.STEADY))
          .coolDown(rate, settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("steady load").exec(mix.chain()), shape);
    });
  }
}
