package dev.slogate.simulations.seeds;

import dev.slogate.config.Defaults;
import java.time.Duration;

/**
 * The seed simulations' figures, for the seed simulations that read them here: each points at the one place,
 * {@link Defaults}, where each is documented with the guide's quote it comes from.
 */
public final class SeedDefaults {

  private SeedDefaults() {}

  public static final Duration WARM_UP = Defaults.SEED_WARM_UP;
  public static final Duration STEADY = Defaults.SEED_STEADY;
  public static final Duration COOL_DOWN = Defaults.SEED_COOL_DOWN;
  public static final double THROUGHPUT_HEADROOM = Defaults.THROUGHPUT_HEADROOM;
  public static final double SEI_RATE = Defaults.SEI_RATE;
  public static final double SEI_SCALE = Defaults.SEI_SCALE;
  public static final int KGAS_USERS = Defaults.KGAS_USERS;
  public static final double KGAS_GROWTH = Defaults.KGAS_GROWTH;
  public static final double KGAS_SPIKE_HEADROOM = Defaults.KGAS_SPIKE_HEADROOM;
  public static final Duration KGAS_RAMP = Defaults.KGAS_RAMP;
  public static final Duration KGAS_THINK_TIME = Defaults.KGAS_THINK_TIME;
  public static final double KGAS_BASE_RATE = Defaults.KGAS_BASE_RATE;
  public static final Duration KGAS_BASE = Defaults.KGAS_BASE;
  public static final Duration KGAS_HOLD = Defaults.KGAS_HOLD;
  public static final Duration KGAS_RECOVERY = Defaults.KGAS_RECOVERY;
  public static final Duration KGAS_CONCURRENCY = Defaults.KGAS_CONCURRENCY;
  public static final Duration KGAS_WARM_UP = Defaults.KGAS_WARM_UP;
  public static final double KGAS_SCALE = Defaults.KGAS_SCALE;
  public static final double KECS_RATE = Defaults.KECS_RATE;
  public static final double KECS_SCALE = Defaults.KECS_SCALE;
  public static final Duration KECS_STEADY = Defaults.KECS_STEADY;
  public static final double FLEET_Q_RATE = Defaults.FLEET_Q_RATE;
  public static final double FLEET_Q_SCALE = Defaults.FLEET_Q_SCALE;
  public static final double RECONCILIATION_RATE = Defaults.RECONCILIATION_RATE;
  public static final double RECONCILIATION_WS_RATE = Defaults.RECONCILIATION_WS_RATE;
  public static final double RECONCILIATION_FAULT_RATE = Defaults.RECONCILIATION_FAULT_RATE;
  public static final double RECONCILIATION_SCALE = Defaults.RECONCILIATION_SCALE;
}
