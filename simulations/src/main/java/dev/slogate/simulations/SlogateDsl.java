package dev.slogate.simulations;

import dev.slogate.simulations.load.ClosedPhase;
import dev.slogate.simulations.load.OpenPhase;
import dev.slogate.slo.plan.PhaseKind;
import io.gatling.javaapi.core.Simulation;
import java.util.Objects;
import java.util.Optional;

/**
 * slogate's additions to Gatling's Java DSL, used with {@code import static}: the run hook and the typed phases
 * of its run plan. A simulation stays a Gatling simulation: it builds its scenario with Gatling's DSL, calls
 * Gatling's own {@code setUp(...)} once, and injects what slogate planned.
 *
 * <pre>{@code
 * public class Checkout extends Simulation {
 *   private final SlogateRun slogate = slogate(this);
 *   private final LoadPlan plan = slogate.plan(
 *       warmUp(50).during(10), steady(50).during(60), coolDown(50).during(5));
 *   private final ScenarioBuilder checkout = scenario("checkout").exec(http("POST /api/orders").post("/api/orders"));
 *
 *   {
 *     setUp(checkout.injectOpen(plan.open())).protocols(slogate.http()).maxDuration(slogate.maxDuration());
 *   }
 *
 *   @Override public void before() { slogate.before(); }
 *   @Override public void after() { slogate.after(); }
 * }
 * }</pre>
 *
 * <p>Phase names are unique in a run plan. Each phase kind has a default name ({@code warm-up}, {@code steady},
 * {@code cool-down}, {@code recovery}, {@code fault}, {@code users}); a plan with two phases of one kind names
 * them: {@code steady("spike", 2000).during(30)}. Every phase lasts whole seconds (a fraction is lengthened, and
 * the console says so), as Gatling injects second by second. The builders are immutable values.
 */
public final class SlogateDsl {

  private SlogateDsl() {}

  // --- The run hook -------------------------------------------------------------------------------------

  /**
   * The run hook of {@code simulation}, judged on the reference stack's SLO ({@code slogate.slo} names another)
   * and, without {@code slogate.target}, against the embedded reference stack. Reads the settings, the SLO file,
   * the gate policy, the baseline and the target now; a problem with any ends the run in {@code before()}.
   */
  public static SlogateRun slogate(Simulation simulation) {
    return new SlogateRun(simulation, () -> Defaults.SLO, Optional::empty);
  }

  /**
   * The run hook of a simulation of {@code system}: judged on that system's SLO catalog and, without a target,
   * against its stand-in profile (both carry the system's name, e.g. {@code kgas}).
   */
  public static SlogateRun slogate(Simulation simulation, String system) {
    Objects.requireNonNull(system, "system");
    return new SlogateRun(simulation, () -> system, () -> Optional.of(system));
  }

  // --- Open-model phases: arrivals per second -------------------------------------------------------------

  /** Arrivals before the measured part; judged by nothing unless an objective names it. */
  public static OpenPhase.Rate warmUp(double usersPerSecond) {
    return warmUp("warm-up", usersPerSecond);
  }

  public static OpenPhase.Rate warmUp(String name, double usersPerSecond) {
    return new OpenPhase.Rate(name, PhaseKind.WARM_UP, usersPerSecond);
  }

  /** The phase objectives are judged on by default. */
  public static OpenPhase.Rate steady(double usersPerSecond) {
    return steady("steady", usersPerSecond);
  }

  public static OpenPhase.Rate steady(String name, double usersPerSecond) {
    return new OpenPhase.Rate(name, PhaseKind.STEADY, usersPerSecond);
  }

  public static OpenPhase.Rate coolDown(double usersPerSecond) {
    return coolDown("cool-down", usersPerSecond);
  }

  public static OpenPhase.Rate coolDown(String name, double usersPerSecond) {
    return new OpenPhase.Rate(name, PhaseKind.COOL_DOWN, usersPerSecond);
  }

  /** After a spike or a fault, while the target settles. */
  public static OpenPhase.Rate recovery(double usersPerSecond) {
    return recovery("recovery", usersPerSecond);
  }

  public static OpenPhase.Rate recovery(String name, double usersPerSecond) {
    return new OpenPhase.Rate(name, PhaseKind.RECOVERY, usersPerSecond);
  }

  /** While faults are injected; a chaos stage plans its own ({@link FaultStage#phases}). */
  public static OpenPhase.Rate fault(double usersPerSecond) {
    return fault("fault", usersPerSecond);
  }

  public static OpenPhase.Rate fault(String name, double usersPerSecond) {
    return new OpenPhase.Rate(name, PhaseKind.FAULT, usersPerSecond);
  }

  // --- Closed-model phases: concurrent users --------------------------------------------------------------

  /**
   * {@code users} concurrent users, each replaced when it finishes, judged like a steady phase. Its planned
   * arrival rate is 0: a closed model's arrivals are the target's doing, not a plan the evaluator can check.
   */
  public static ClosedPhase.Users closed(int users) {
    return closed("users", users);
  }

  public static ClosedPhase.Users closed(String name, int users) {
    return new ClosedPhase.Users(name, PhaseKind.STEADY, users);
  }
}
