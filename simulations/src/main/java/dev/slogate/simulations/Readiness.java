package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.chaos.ChaosSettings;
import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import dev.slogate.simulations.seeds.SeedSystems;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
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
public class Readiness extends ChaosSimulation {

  public static final String SYSTEM_PROPERTY = "slogate.system";

  public Readiness() {
    super(() -> selected().name(), () -> selected() instanceof ReferenceWorkload ? Optional.empty()
        : Optional.of(selected().name()));
    declare(() -> {
      SystemWorkload system = selected();
      WorkloadContext context = new WorkloadContext(system.name(), settings, target);
      Workload documented = system.workload(context);
      String experiments = settings.get(ChaosSettings.EXPERIMENT).orElseGet(this::catalogExperiments);
      ChaosStage chaos = ChaosStage.prepare(settings, experiments, target, this::runningStack,
          outputFolder().resolve("chaos-state.json"));
      FaultLoad load = system.faultLoad(context);
      LoadShape stage = chaos.extend(LoadShape.openModel(), load.rate(), ChaosStage.PhaseNames.AFTER_WORKLOAD)
          .constant("final-cool-down", PhaseKind.COOL_DOWN, load.rate(),
              settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
      Workload run = documented.then(
          scenario(system.name() + " under faults").exec(arrival().mark()).exec(load.requests()), stage);
      chaos(chaos, Duration.ZERO, run.duration());
      context.announce("readiness: the documented workload (%ds), then %s at %.0f req/s (%s)",
          documented.duration().toSeconds(), chaos.experiments(), load.rate(), load.why());
      return run;
    });
  }

  /** The experiments the SLO file's readiness block names, comma-separated. */
  private String catalogExperiments() {
    return String.join(",", sloSpec().readiness().map(r -> r.experiments()).filter(list -> !list.isEmpty())
        .orElseThrow(() -> new IllegalArgumentException("the SLO " + sloSpec().system() + " names no readiness "
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
    String system = System.getProperty(SYSTEM_PROPERTY);
    return system == null || system.isBlank() ? Optional.empty() : Optional.of(system.trim());
  }
}
