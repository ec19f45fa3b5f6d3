package dev.slogate.simulations.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.ExperimentSpecParser;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.slo.spec.FailoverObjective;
import dev.slogate.slo.spec.Readiness;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a readiness run puts together must fit: each seed catalog's readiness block names the system's own
 * simulation and experiments slogate ships, and each failover objective reads an experiment the run injects.
 */
class SeedReadinessTest {

  private final ExperimentSpecParser parser = new ExperimentSpecParser();

  @Test
  void everySeedCatalogNamesItsOwnSimulationAndBundledExperiments() {
    assertEquals(List.of("kecs", "sei-platform", "kgas", "fleet-q", "reconciliation-platform"), SeedSystems.names());
    for (SystemWorkload system : SeedSystems.all()) {
      SloSpec catalog = SloSpecs.loadCatalog(system.name());
      assertEquals(system.name(), catalog.system());
      Readiness readiness = catalog.readiness().orElseThrow();
      assertEquals(SeedSystems.simulation(system.name()).orElseThrow().getName(), readiness.simulation(), system.name());
      assertTrue(!readiness.experiments().isEmpty(), system.name());
      for (String experiment : readiness.experiments()) {
        ExperimentSpec spec = parser.parseResource("dev/slogate/chaos/experiments/" + experiment + ".yaml");
        assertEquals(experiment, spec.name());
      }
      for (FailoverObjective failover : catalog.objectives().stream()
          .filter(FailoverObjective.class::isInstance).map(FailoverObjective.class::cast).toList()) {
        failover.experiment().ifPresent(e -> assertTrue(readiness.experiments().contains(e),
            system.name() + ": " + failover.name() + " reads " + e + ", which the readiness run does not inject"));
      }
    }
  }

  @Test
  void theStandInDerivedFailoverMaximaAreTheOnesThatFollowFromTheGuidesTimings() {
    List<String> scaled = SeedSystems.all().stream()
        .flatMap(system -> SloSpecs.loadCatalog(system.name()).objectives().stream())
        .filter(o -> o instanceof FailoverObjective f && f.scalesWithStandIn())
        .map(o -> o.name())
        .toList();
    // KGAS's MTTR is a target for operations, not a timing of the system: it is judged as written.
    assertEquals(List.of("replica-failover", "leader-failover", "orphaned-work-requeue"), scaled);
  }
}
