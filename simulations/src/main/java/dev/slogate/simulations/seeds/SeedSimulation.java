package dev.slogate.simulations.seeds;

import dev.slogate.simulations.SlogateSimulation;
import dev.slogate.simulations.load.LoadShape;
import java.util.Locale;
import java.util.Optional;

/**
 * What the five seed simulations share: each is named after its system, whose stand-in profile and SLO
 * catalog carry the same name and are used when no target, profile or SLO file is given; each scales its
 * system's documented workload by {@code slogate.scale} and says so on the console.
 *
 * <p>Properties common to all: {@code slogate.scale} (divisor of documented rates and times; the default
 * differs per system), {@code slogate.warmup} (10s, never scaled), {@code slogate.duration} (steady phase,
 * 30s where the guide states no duration), {@code slogate.cooldown} (2s).
 */
abstract class SeedSimulation extends SlogateSimulation {

  /**
   * The system's name, e.g. {@code sei-platform}: its stand-in profile and its SLO catalog. Called from the
   * constructor, so it returns a constant.
   */
  protected abstract String system();

  @Override
  protected final String defaultSlo() {
    return system();
  }

  @Override
  protected final Optional<String> defaultProfile() {
    return Optional.of(system());
  }

  protected final SeedScale scale(double defaultFactor) {
    return SeedScale.read(settings, defaultFactor);
  }

  /** Warm-up, steady and cool-down at one rate; phase lengths from the common properties. */
  protected final LoadShape steadyShape(double rate) {
    return LoadShape.openModel()
        .warmUp(rate, settings.duration("slogate.warmup", SeedDefaults.WARM_UP))
        .steady(rate, settings.duration("slogate.duration", SeedDefaults.STEADY))
        .coolDown(rate, settings.duration("slogate.cooldown", SeedDefaults.COOL_DOWN));
  }

  /** One line on the console, before the run: what was documented and what this run does instead. */
  protected final void announce(String format, Object... args) {
    System.out.println("slogate: " + system() + ": " + String.format(Locale.ROOT, format, args));
  }
}
