package dev.slogate.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The load shape of the generic simulations, as set; empty where no layer sets it, and the simulation then
 * takes its own default from {@link Defaults}.
 */
public record LoadOptions(Optional<Double> rate, Optional<Duration> warmUp, Optional<Duration> steady,
    Optional<Duration> coolDown, Optional<String> requests, Optional<Double> spikeFactor, Optional<Duration> spikeRamp,
    Optional<Duration> spikeHold, Optional<Integer> steps, Optional<Duration> step, Optional<Double> scale) {

  /** @throws InvalidOptionException naming the key of a value that does not parse */
  public static LoadOptions from(OptionValues values) {
    return new LoadOptions(values.get(Options.RATE), values.get(Options.WARM_UP), values.get(Options.DURATION),
        values.get(Options.COOL_DOWN), values.get(Options.REQUESTS), values.get(Options.SPIKE_FACTOR),
        values.get(Options.SPIKE_RAMP), values.get(Options.SPIKE_HOLD), values.get(Options.STEPS),
        values.get(Options.STEP), values.get(Options.SCALE));
  }
}
