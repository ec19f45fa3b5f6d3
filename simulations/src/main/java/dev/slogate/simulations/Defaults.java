package dev.slogate.simulations;

import java.time.Duration;

/**
 * The simulations' defaults, for the simulations that read them here: each points at the one place,
 * {@link dev.slogate.config.Defaults}, where they are documented.
 */
public final class Defaults {

  private Defaults() {}

  public static final double RATE = dev.slogate.config.Defaults.RATE;
  public static final Duration WARM_UP = dev.slogate.config.Defaults.WARM_UP;
  public static final Duration STEADY = dev.slogate.config.Defaults.STEADY;
  public static final Duration COOL_DOWN = dev.slogate.config.Defaults.COOL_DOWN;
  public static final Duration SOAK = dev.slogate.config.Defaults.SOAK;
  public static final double SPIKE_FACTOR = dev.slogate.config.Defaults.SPIKE_FACTOR;
  public static final Duration SPIKE_RAMP = dev.slogate.config.Defaults.SPIKE_RAMP;
  public static final Duration SPIKE_HOLD = dev.slogate.config.Defaults.SPIKE_HOLD;
  public static final int STRESS_STEPS = dev.slogate.config.Defaults.STRESS_STEPS;
  public static final Duration STRESS_STEP = dev.slogate.config.Defaults.STRESS_STEP;
  public static final String SLO = dev.slogate.config.Defaults.SLO;
  public static final double LOAD_TOLERANCE = dev.slogate.config.Defaults.LOAD_TOLERANCE;
}
