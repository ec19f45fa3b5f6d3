package dev.slogate.simulations.seeds;

import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.warmUp;

import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.SlogateDsl;
import dev.slogate.simulations.load.LoadShape;
import java.time.Duration;

/** The load shapes several seed systems share. */
final class SeedShapes {

  private SeedShapes() {}

  /** A warm-up rising to one rate, then steady and cool-down at it; phase lengths from the common options. */
  static LoadShape steady(SimulationOptions options, double rate) {
    return steady(options, rate, SeedDefaults.STEADY);
  }

  /** The same, with a system's own default for the steady phase. */
  static LoadShape steady(SimulationOptions options, double rate, Duration defaultSteady) {
    return LoadShape.openModel(
        warmUp(rate).during(options.warmUp(SeedDefaults.WARM_UP)),
        SlogateDsl.steady(rate).during(options.steady(defaultSteady)),
        coolDown(rate).during(options.coolDown(SeedDefaults.COOL_DOWN)));
  }
}
