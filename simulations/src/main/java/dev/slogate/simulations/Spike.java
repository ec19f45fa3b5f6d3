package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;

/**
 * A sudden surge: steady at {@code slogate.rate}, a ramp to {@code slogate.spike.factor} times that
 * (default 10x) within {@code slogate.spike.ramp} (5 s), a hold of {@code slogate.spike.hold} (10 s), and
 * back. Phases: warm-up, steady (base), fault-free {@code spike-ramp}, {@code spike} and {@code recovery}.
 */
public class Spike extends SlogateSimulation {

  public Spike() {
    declare(() -> {
      double base = settings.rate("slogate.rate", Defaults.RATE / 4);
      double peak = base * settings.rate("slogate.spike.factor", Defaults.SPIKE_FACTOR);
      Duration ramp = settings.duration("slogate.spike.ramp", Defaults.SPIKE_RAMP);
      LoadShape shape = LoadShape.openModel()
          .warmUp(base, settings.duration("slogate.warmup", Defaults.WARM_UP))
          .steady(base, settings.duration("slogate.duration", Duration.ofSeconds(10)))
          .ramp("spike-ramp", PhaseKind.STEADY, base, peak, ramp)
          .constant("spike", PhaseKind.STEADY, peak, settings.duration("slogate.spike.hold", Defaults.SPIKE_HOLD))
          .ramp("spike-down", PhaseKind.RECOVERY, peak, base, ramp)
          .constant("recovery", PhaseKind.RECOVERY, base, Duration.ofSeconds(10));
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("spike").exec(mix.chain()), shape);
    });
  }
}
