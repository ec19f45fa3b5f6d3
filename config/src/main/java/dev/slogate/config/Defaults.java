package dev.slogate.config;

import java.time.Duration;
import java.util.List;

/**
 * Every default of slogate's options, in one place. {@link Options} gives each {@code slogate.*} key its
 * default from here; code that needs a default without a key (a simulation's own choice, a seed system's
 * documented figure) reads it here too. The default run takes about a minute.
 *
 * <p>The seed systems' figures are what the guides in {@code /work/shared/seeds/} document (with the quote they
 * come from), and what slogate chose where they are silent. Documented rates and times are divided by
 * {@code slogate.scale} for a local run; the defaults keep a run on two cores under about a minute and a few
 * hundred requests per second.
 */
public final class Defaults {

  private Defaults() {}

  // --- load ----------------------------------------------------------------------------------------

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

  /** The request mix of the generic simulations; matches the embedded reference stack's default profile. */
  public static final String REQUESTS = "GET /api/items,POST /api/orders,GET /api/fast";

  /** Phases whose achieved arrivals differ from the plan by more than this are not judged. */
  public static final double LOAD_TOLERANCE = 0.05;

  // --- run, gate and output ------------------------------------------------------------------------

  /** The SLO file judged when none is named: the embedded stack's own. */
  public static final String SLO = "reference-stack";

  /** What the gate does with INCONCLUSIVE. */
  public static final String GATE_INCONCLUSIVE = "fail";

  /** The folder every run's folder is in. */
  public static final String OUTPUT = "target/slogate";

  /** Where Gatling writes its results. */
  public static final String GATLING_RESULTS = "target/gatling";

  /** The project folder whose {@code baselines/} holds pinned baselines. */
  public static final String PROJECT_DIR = ".";

  /** The id of the one injector a run record names. */
  public static final String INJECTOR_ID = "injector-0";

  // --- embedded stack ------------------------------------------------------------------------------

  public static final String STACK_PROFILE = "default";

  public static final Duration STACK_START_TIMEOUT = Duration.ofSeconds(30);

  /**
   * A replica needs little heap, and starting fast matters more than peak code quality: C1 alone reaches full
   * speed sooner on a short run, and the serial collector starts no threads.
   */
  public static final List<String> REPLICA_JVM_ARGS = List.of(
      "-Xms32m", "-Xmx128m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
      "-XX:-UsePerfData", "-Xshare:auto");

  /** I/O threads of each replica's server. */
  public static final int REPLICA_IO_THREADS = 1;

  // --- chaos ---------------------------------------------------------------------------------------

  public static final String EXPERIMENT = "kill-one-replica";

  public static final String CHAOS_BACKEND = "local";

  /** After a local pod-kill, how long until the replica is replaced. */
  public static final Duration CHAOS_RESTART_DELAY = Duration.ofSeconds(5);

  /** The recovery phase after the last fault, before cool-down. */
  public static final Duration CHAOS_RECOVERY = Duration.ofSeconds(5);

  // --- seed systems --------------------------------------------------------------------------------

  /** Long enough for a cold injector's JIT; never scaled (it is about the injector, not the system). */
  public static final Duration SEED_WARM_UP = Duration.ofSeconds(10);

  /** Steady window where a guide documents no duration: ~6,000 requests at 200/s, enough for a p99. */
  public static final Duration SEED_STEADY = Duration.ofSeconds(30);

  public static final Duration SEED_COOL_DOWN = Duration.ofSeconds(2);

  /**
   * A documented throughput is planned this much above its target: a rate only just reached has a confidence
   * interval that straddles the target (INCONCLUSIVE), 5% more clears it with a few thousand requests.
   */
  public static final double THROUGHPUT_HEADROOM = 1.05;

  // SEI Platform: 001_d77cf7b3335f89c2.txt

  /** "Throughput: 10,000 requests/second" (## Performance Benchmarks). */
  public static final double SEI_RATE = 10_000;

  /** 10,000 / 50 = 200 req/s (planned at 210). */
  public static final double SEI_SCALE = 50;

  // KGAS: 002_29c61caf2d432fac.txt

  /** "Concurrent Users: Support for 10,000+ concurrent users" (### Scalability Metrics). */
  public static final int KGAS_USERS = 10_000;

  /** "Support for 10x traffic increase within 5 minutes" (### Scalability Metrics). */
  public static final double KGAS_GROWTH = 10;

  /**
   * The spike is planned 10% above ten times the base: its 15 s hold at scale 20 holds about 1,600 requests,
   * whose throughput is known to within about 4% at 95%, so 5% more would only just clear the target.
   */
  public static final double KGAS_SPIKE_HEADROOM = 1.10;

  public static final Duration KGAS_RAMP = Duration.ofMinutes(5);

  /**
   * slogate's choice, stated: a user thinks 5 s (uniformly 0 to 10 s) before each request. 10,000 such users
   * send ~2,000 req/s, so the spike's peak is taken as 2,000 req/s and its base as a tenth of that.
   */
  public static final Duration KGAS_THINK_TIME = Duration.ofSeconds(5);

  public static final double KGAS_BASE_RATE = 200;

  /** slogate's choice: how long the base rate, the spike and the recovery last before scaling. */
  public static final Duration KGAS_BASE = Duration.ofMinutes(2);

  /**
   * The spike is held 10 minutes, twice the time the guide allows for reaching it: at scale 20, 30 s, whose
   * ~3,300 requests (with the ramp's ~900) are more than the 2,995 that showing a 0.1% error rate needs.
   */
  public static final Duration KGAS_HOLD = Duration.ofMinutes(10);

  public static final Duration KGAS_RECOVERY = Duration.ofMinutes(1);

  /** slogate's choice: how long the 10,000 concurrent users are held before scaling. */
  public static final Duration KGAS_CONCURRENCY = Duration.ofMinutes(5);

  /** Shorter than elsewhere: the base rate is low and the run must stay near a minute. */
  public static final Duration KGAS_WARM_UP = Duration.ofSeconds(5);

  /** Rates / 20 (10 -> 100 req/s), times / 20 (ramp 15 s, hold 30 s), users / 20 (500): about a minute in all. */
  public static final double KGAS_SCALE = 20;

  // KECS: 000_f0d8d7709017473b.txt

  /**
   * KECS documents no request rate; slogate assumes 1,000 req/s for a production control plane. The
   * KECSHighErrorRate alert (0.1 failed requests/s over 5 minutes) is judged against this assumption.
   */
  public static final double KECS_RATE = 1_000;

  /**
   * 1,000 / 10 = 100 req/s, and the alert's 5-minute window becomes 30 s: the factor by which the kecs
   * stand-in also runs HAProxy's check timings faster.
   */
  public static final double KECS_SCALE = 10;

  /**
   * The scaled alert window (5 min / 10 = 30 s) must fit in steady, whose whole seconds are one fewer than its
   * length when the run does not start on a second: 40 s gives eleven windows.
   */
  public static final Duration KECS_STEADY = Duration.ofSeconds(40);

  // FLEET-Q: 003_b4b91265fdb8df1d.txt

  /** FLEET-Q documents no request rate; 40 req/s (12 step submissions/s) is slogate's choice. */
  public static final double FLEET_Q_RATE = 40;

  public static final double FLEET_Q_SCALE = 1;

  // Reconciliation Platform: 004_ad19abdec8cc2180.txt

  /** No rate documented: 50 API requests/s and 2 WebSocket sessions/s are slogate's choice. */
  public static final double RECONCILIATION_RATE = 50;

  public static final double RECONCILIATION_WS_RATE = 2;

  /** API requests/s during the rolling restart: 30 s of it is over the 2,995 that showing 0.1% needs. */
  public static final double RECONCILIATION_FAULT_RATE = 110;

  public static final double RECONCILIATION_SCALE = 1;
}
