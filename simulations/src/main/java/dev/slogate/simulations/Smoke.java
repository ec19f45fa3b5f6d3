package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;

/** A few requests to see that the target answers at all: 5 users/s for 10 s, judged as steady. */
public class Smoke extends SlogateSimulation {

  public Smoke() {
    declare(() -> {
      LoadShape shape = LoadShape.openModel()
          .steady(settings.rate("slogate.rate", 5), settings.duration("slogate.duration", java.time.Duration.ofSeconds(10)));
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("smoke").exec(mix.chain()), shape);
    });
  }
}
