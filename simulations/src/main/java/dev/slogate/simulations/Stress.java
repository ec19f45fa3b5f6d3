package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;

/**
 * Stepped rates to find the knee: {@code slogate.steps} levels (default 5) of {@code slogate.step}
 * (default 10 s) each, rising by {@code slogate.rate} per level. Every level is its own steady phase
 * ({@code level-1} …), so the evaluation shows where latency bends and where the injector gave out.
 */
public class Stress extends SlogateSimulation {

  public Stress() {
    declare(() -> {
      double increment = settings.rate("slogate.rate", Defaults.RATE);
      int steps = settings.integer("slogate.steps", Defaults.STRESS_STEPS);
      Duration step = settings.duration("slogate.step", Defaults.STRESS_STEP);
      if (steps < 1) {
        throw new IllegalArgumentException("slogate.steps must be at least 1");
      }
      LoadShape shape = LoadShape.openModel().warmUp(increment, settings.duration("slogate.warmup", Defaults.WARM_UP));
      for (int level = 1; level <= steps; level++) {
        shape = shape.constant("level-" + level, PhaseKind.STEADY, increment * level, step);
      }
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("stress").exec(mix.chain()), shape);
    });
  }
}
