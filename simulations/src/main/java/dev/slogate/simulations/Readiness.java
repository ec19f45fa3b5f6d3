package dev.slogate.simulations;

import dev.slogate.config.Options;
import dev.slogate.config.OptionValues;
import static dev.slogate.simulations.SlogateDsl.coolDown;

import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import dev.slogate.simulations.seeds.SeedSystems;
import io.gatling.javaapi.core.Simulation;
import java.util.Optional;

/**
 * A system's pre-release readiness run: its documented workload, then its catalog's chaos experiments under a
 * steady load, judged in one run against every objective of its SLO catalog and signed off with the report
 * bundle. This is what {@code ./mvnw verify -Preadiness -Dslogate.system=<name>} runs.
 *
 * <p>{@code slogate.system} names the system ({@code kecs}, {@code sei-platform}, {@code kgas},
 * {@code fleet-q}, {@code reconciliation-platform}); without it, the embedded reference stack's own
 * workload and catalog. With no target, the system's stand-in profile starts; with
 * {@code -Dslogate.target=...}, the same suite runs against a deployment (and its experiments need the
 * {@code chaos-mesh} backend). Phases: the documented workload's (e.g. {@code warm-up}, {@code steady},
 * {@code cool-down}), then {@code pre-fault} (steady, until the first injection), {@code fault},
 * {@code post-fault} (recovery) and {@code final-cool-down}. The experiments come from the catalog's
 * {@code readiness.experiments} unless {@code slogate.experiment} names others.
 */
public class Readiness extends Simulation {

  public static final String SYSTEM_PROPERTY = SimulationOptions.SYSTEM;

  private final SlogateRun slogate = new SlogateRun(this, () -> selected().name(),
      () -> selected() instanceof ReferenceWorkload ? Optional.empty() : Optional.of(selected().name()));
  private final FaultStage faults = slogate.faults(this::catalogExperiments);

  {
    setUp(slogate.populations(slogate.failed() ? "" : selected().name(), this::documentedThenFaults))
        .protocols(slogate.http()).maxDuration(slogate.maxDuration());
  }

  @Override
  public void before() {
    slogate.before();
  }

  @Override
  public void after() {
    slogate.after();
  }

  /** The system's documented workload, then its fault load through the chaos stage and a last cool-down. */
  private Workload documentedThenFaults(WorkloadContext context) {
    SystemWorkload system = selected();
    Workload documented = system.workload(context);
    FaultLoad load = system.faultLoad(context);
    LoadShape stage = LoadShape.openModel(
        faults.phases(load.rate(), ChaosStage.PhaseNames.AFTER_WORKLOAD),
        coolDown("final-cool-down", load.rate()).during(SimulationOptions.of(context.settings()).coolDown()));
    Workload run = documented.then(faults.scenario(system.name() + " under faults").exec(load.requests()), stage);
    context.announce("readiness: the documented workload (%ds), then %s at %.0f req/s (%s)",
        documented.duration().toSeconds(), faults.experiments(), load.rate(), load.why());
    return run;
  }

  /** The experiments the SLO file's readiness block names, comma-separated. */
  private String catalogExperiments() {
    return String.join(",", slogate.spec().readiness().map(r -> r.experiments()).filter(list -> !list.isEmpty())
        .orElseThrow(() -> new IllegalArgumentException("the SLO " + slogate.spec().system() + " names no readiness "
            + "experiments (readiness.experiments), and slogate.experiment is not set")));
  }

  /** The system named by {@code slogate.system}, or the reference stack. */
  static SystemWorkload selected() {
    Optional<String> name = selectedSystemName();
    if (name.isEmpty() || name.get().equals(ReferenceWorkload.NAME)) {
      return new ReferenceWorkload();
    }
    return SeedSystems.named(name.get()).orElseThrow(() -> new IllegalArgumentException(SYSTEM_PROPERTY + "="
        + name.get() + " is not a system slogate knows (expected one of " + String.join(", ", SeedSystems.names())
        + ", or none for the reference stack)"));
  }

  private static Optional<String> selectedSystemName() {
    String system = OptionValues.load().get(Options.SYSTEM).orElse(null);
    return system == null || system.isBlank() ? Optional.empty() : Optional.of(system.trim());
  }
}
