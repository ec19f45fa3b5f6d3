package dev.slogate.simulations.seeds;

import java.time.Duration;

/**
 * Every figure the seed simulations use, in one place: what the guides in {@code /work/shared/seeds/}
 * document (with the quote it comes from), and what slogate chose where they are silent. Documented
 * rates and times are divided by {@code slogate.scale} for a local run; the defaults below keep a
 * run on two cores under about a minute and a few hundred requests per second.
 */
public final class SeedDefaults {

  private SeedDefaults() {}

  /** Long enough for a cold injector's JIT; never scaled (it is about the injector, not the system). */
  public static final Duration WARM_UP = Duration.ofSeconds(10);

  /** Steady window where a guide documents no duration: ~6,000 requests at 200/s, enough for a p99. */
  public static final Duration STEADY = Duration.ofSeconds(30);

  public static final Duration COOL_DOWN = Duration.ofSeconds(2);

  // --- SEI Platform: 001_d77cf7b3335f89c2.txt --------------------------------------------------------

  /** "Throughput: 10,000 requests/second" (## Performance Benchmarks). */
  public static final double SEI_RATE = 10_000;

  /** 10,000 / 50 = 200 req/s. */
  public static final double SEI_SCALE = 50;

  // --- KGAS: 002_29c61caf2d432fac.txt ---------------------------------------------------------------

  /** "Concurrent Users: Support for 10,000+ concurrent users" (### Scalability Metrics). */
  public static final int KGAS_USERS = 10_000;

  /** "Support for 10x traffic increase within 5 minutes" (### Scalability Metrics). */
  public static final double KGAS_GROWTH = 10;

  public static final Duration KGAS_RAMP = Duration.ofMinutes(5);

  /**
   * slogate's choice, stated: a user thinks 5 s (uniformly 0 to 10 s) before each request. 10,000 such users
   * send ~2,000 req/s, so the spike's peak is taken as 2,000 req/s and its base as a tenth of that.
   */
  public static final Duration KGAS_THINK_TIME = Duration.ofSeconds(5);

  public static final double KGAS_BASE_RATE = 200;

  /** slogate's choice: how long the base rate, the spike and the recovery last before scaling. */
  public static final Duration KGAS_BASE = Duration.ofMinutes(2);

  public static final Duration KGAS_HOLD = Duration.ofMinutes(5);

  public static final Duration KGAS_RECOVERY = Duration.ofMinutes(1);

  /** slogate's choice: how long the 10,000 concurrent users are held before scaling. */
  public static final Duration KGAS_CONCURRENCY = Duration.ofMinutes(5);

  /** Shorter than elsewhere: the base rate is low and the run must stay near a minute. */
  public static final Duration KGAS_WARM_UP = Duration.ofSeconds(5);

  /** Rates / 20 (10 -> 100 req/s), times / 20 (ramp 15 s), users / 20 (500): about a minute in all. */
  public static final double KGAS_SCALE = 20;

  // --- KECS: 000_f0d8d7709017473b.txt ---------------------------------------------------------------

  /** KECS documents no request rate; 60 req/s is slogate's choice, so nothing is scaled by default. */
  public static final double KECS_RATE = 60;

  public static final double KECS_SCALE = 1;

  // --- FLEET-Q: 003_b4b91265fdb8df1d.txt ------------------------------------------------------------

  /** FLEET-Q documents no request rate; 20 req/s (about 12 step submissions/s) is slogate's choice. */
  public static final double FLEET_Q_RATE = 20;

  public static final double FLEET_Q_SCALE = 1;

  // --- Reconciliation Platform: 004_ad19abdec8cc2180.txt --------------------------------------------

  /** No rate documented: 50 API requests/s and 2 WebSocket sessions/s are slogate's choice. */
  public static final double RECONCILIATION_RATE = 50;

  public static final double RECONCILIATION_WS_RATE = 2;

  public static final double RECONCILIATION_SCALE = 1;
}
