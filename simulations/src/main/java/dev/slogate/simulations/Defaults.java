package dev.slogate.simulations;

import java.time.Duration;

/** Every default of the simulations, in one place. The default run takes about a minute. */
public final class Defaults {

  private Defaults() {}

  /** Arrivals per second in the steady phase. */
  public static final double RATE = 200;

  /** Long enough for the JIT of a cold injector to settle on a 2-core machine. */
  public static final Duration WARM_UP = Duration.ofSeconds(10);

  public static final Duration STEADY = Duration.ofSeconds(30);

  public static final Duration COOL_DOWN = Duration.ofSeconds(2);

  public static final Duration SOAK = Duration.ofMinutes(10);

  public static final double SPIKE_FACTOR = 10;

  public static final Duration SPIKE_RAMP = Duration.ofSeconds(5);

  public static final Duration SPIKE_HOLD = Duration.ofSeconds(10);

  public static final int STRESS_STEPS = 5;

  public static final Duration STRESS_STEP = Duration.ofSeconds(10);

  /** The SLO file judged when none is named: the embedded stack's own. */
  public static final String SLO = "reference-stack";

  /** Phases whose achieved arrivals differ from the plan by more than this are not judged. */
  public static final double LOAD_TOLERANCE = 0.05;
}
