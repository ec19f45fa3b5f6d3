package dev.slogate.simulations;

import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import dev.slogate.simulations.internal.target.Target;
import io.gatling.javaapi.core.Simulation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The former base class of slogate's simulations, kept so that a simulation written against it still compiles
 * and runs the same: it forwards to a {@link SlogateRun} and adds nothing of its own.
 *
 * @deprecated Write a plain Gatling {@link Simulation} with {@link SlogateDsl}: a {@link SlogateRun} field,
 *     Gatling's own {@code setUp(scn.injectOpen(plan.open()))}, and {@code before()}/{@code after()} forwarded to
 *     the run. See {@link SteadyLoad}.
 */
@Deprecated
public abstract class SlogateSimulation extends Simulation {

  /** Exit status for bad input, as in sysexits.h. */
  public static final int EXIT_USAGE = SlogateRun.EXIT_USAGE;

  public static final String OUTPUT_PROPERTY = SlogateRun.OUTPUT_PROPERTY;

  private final SlogateRun run;
  protected final Settings settings;
  /** Null when a bad setting was found; the run then ends in {@code before()}. */
  protected final Target target;

  protected SlogateSimulation() {
    this(null, null);
  }

  /**
   * @param defaultSlo the SLO file or catalog when {@code slogate.slo} is not set; null for the reference stack's
   * @param defaultProfile the embedded stack's profile when {@code slogate.stack.profile} is not set; null for none
   */
  protected SlogateSimulation(Supplier<String> defaultSlo, Supplier<Optional<String>> defaultProfile) {
    run = new SlogateRun(this, defaultSlo != null ? defaultSlo : () -> Defaults.SLO,
        defaultProfile != null ? defaultProfile : Optional::empty);
    settings = run.settings();
    target = run.target();
  }

  /**
   * Declares the run: every population of the workload, injected as its shapes say. A bad setting the workload
   * reads ends the run in {@code before()} with one line.
   */
  protected final void declare(Supplier<Workload> workload) {
    String name = getClass().getSimpleName();
    setUp(run.populations(name, (WorkloadContext context) -> workload.get())).protocols(run.http())
        .maxDuration(run.maxDuration());
  }

  @Override
  public void before() {
    run.before();
  }

  @Override
  public void after() {
    run.after();
  }
}
