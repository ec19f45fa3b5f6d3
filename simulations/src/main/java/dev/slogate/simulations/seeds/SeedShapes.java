package dev.slogate.simulations.seeds;

import dev.slogate.simulations.Settings;
import dev.slogate.simulations.load.LoadShape;

/** The load shapes several seed systems share. */
final class SeedShapes {

  private SeedShapes() {}

  /** Warm-up, steady and cool-down at one rate; phase lengths from the common properties. */
  static LoadShape steady(Settings settings, double rate) {
    return steady(settings, rate, SeedDefaults.STEADY);
  }

  /** The same, with a system's own default for the steady phase. */
  static LoadShape steady(Settings settings, double rate, java.time.Duration defaultSteady) {
    return LoadShape.openModel()
        .warmUp(rate, settings.duration("slogate.warmup", SeedDefaults.WARM_UP))
        .steady(rate, settings.duration("slogate.duration", defaultSteady))
        .coolDown(rate, settings.duration("slogate.cooldown", SeedDefaults.COOL_DOWN));
  }
}
