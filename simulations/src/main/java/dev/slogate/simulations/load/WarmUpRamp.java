package dev.slogate.simulations.load;

/**
 * The shape of a warm-up phase: a linear ramp from a tenth of the planned rate (at least 1 user/s) to the planned
 * rate, over the whole warm-up. {@code warmUp(5000).during(10)} plans, and injects, 500/s rising to 5,000/s;
 * the run plan records both rates ({@code startRate}, {@code endRate}).
 *
 * <p>Why a ramp. A cold Gatling JVM runs its request path interpreted, loads Netty's and Gatling's classes on
 * the first requests, and has its JIT compiler threads compete with the injector for the cores. HotSpot's
 * tiered compiler moves a method to C1 after about 200 calls and to C2 after 5,000 to 15,000 (its
 * {@code Tier3}/{@code Tier4} thresholds); until then a request costs several times what it costs compiled. Asked for the full rate from the first second,
 * the injector falls behind, every late request opens a connection of its own, and the backlog reaches the
 * steady phase (issue 14: 16,925 "Too many open files" at 5,000/s from a cold start). At a tenth of the rate
 * the hot methods reach C1 within the first second and C2 within a few, while the load is still a fraction
 * of what the compiled code will carry.
 *
 * <p>Why linear, from a tenth. A linear ramp is one phase of the plan, with a closed-form arrival count, and
 * Gatling's own {@code rampUsersPerSec}: plan and injection cannot differ. It has no jump: steps would load
 * a JVM still compiling with a sudden multiple of its rate, and the warm-up ends at the steady rate, so steady
 * starts without a step either. A tenth keeps the first seconds light and still reaches the full rate in the
 * warm-up's last second, so that the steady phase meets a JVM that has already carried its rate.
 *
 * <p>Why a floor of 1/s. Gatling injects second by second and sends a second's first user at its start; the end of
 * a run moves the plan to the log's first arrival. A first second planned below one user would send nobody, and
 * move the plan by a second. A phase planned below 1/s stays constant, as before.
 *
 * <p>A warm-up at one rate throughout is still written, as a ramp to itself: {@code warmUp(200).rampTo(200)}.
 */
public final class WarmUpRamp {

  /** The start rate, as a share of the planned rate. */
  public static final double START_SHARE = 0.1;

  /** The lowest start rate, users/s: Gatling's first second must send a user. */
  public static final double START_FLOOR = 1.0;

  private WarmUpRamp() {}

  /** The rate a warm-up planned at {@code usersPerSecond} starts from. */
  public static double startRate(double usersPerSecond) {
    return Math.min(usersPerSecond, Math.max(START_FLOOR, usersPerSecond * START_SHARE));
  }
}
