package dev.slogate.slo.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.spec.NotVerifiableObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.PhaseSelector;
import dev.slogate.slo.spec.Readiness;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import dev.slogate.slo.spec.WindowObjective;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The five seed catalogs load, and hold the contract the simulations and experiments are built against:
 * readiness names, request names and phase names.
 */
class SeedCatalogsTest {

  @Test
  void theEmbeddedCatalogsAreTheReferenceStackAndTheFiveSeedSystems() {
    assertEquals(Set.of("reference-stack", "kecs", "sei-platform", "kgas", "fleet-q", "reconciliation-platform"),
        SloSpecs.catalogNames());
  }

  @Test
  void eachSeedCatalogLoadsByNameWithItsReadiness() {
    Map<String, Readiness> expected = Map.of(
        "kecs", new Readiness("dev.slogate.simulations.seeds.KecsLoad", List.of("kecs-kill-one-replica")),
        "sei-platform", new Readiness("dev.slogate.simulations.seeds.SeiLoad", List.of("sei-rolling-restart")),
        "kgas", new Readiness("dev.slogate.simulations.seeds.KgasLoad", List.of("kgas-rolling-restart")),
        "fleet-q", new Readiness("dev.slogate.simulations.seeds.FleetQLoad", List.of("fleet-q-requeue-orphans", "fleet-q-kill-leader")),
        "reconciliation-platform", new Readiness("dev.slogate.simulations.seeds.ReconciliationLoad",
            List.of("reconciliation-rolling-restart")));
    for (var entry : expected.entrySet()) {
      SloSpec spec = SloSpecs.loadCatalog(entry.getKey());
      assertEquals(entry.getKey(), spec.system());
      assertEquals("dev/slogate/slo/catalog/" + entry.getKey() + ".yaml", spec.origin());
      assertEquals(entry.getValue(), spec.readiness().orElseThrow(), entry.getKey());
    }
  }

  @Test
  void coveredAndNotVerifiableCounts() {
    Map<String, List<Integer>> expected = Map.of(
        "kecs", List.of(5, 11),
        "sei-platform", List.of(9, 16),
        "kgas", List.of(8, 15),
        "fleet-q", List.of(4, 13),
        "reconciliation-platform", List.of(3, 11));
    for (var entry : expected.entrySet()) {
      List<Objective> objectives = SloSpecs.loadCatalog(entry.getKey()).objectives();
      long notVerifiable = objectives.stream().filter(o -> o instanceof NotVerifiableObjective).count();
      assertEquals(entry.getValue(), List.of((int) (objectives.size() - notVerifiable), (int) notVerifiable), entry.getKey());
    }
  }

  @Test
  void theRequestAndPhaseNamesTheSimulationsMustUse() {
    TreeSet<String> requests = new TreeSet<>();
    TreeSet<String> namedPhases = new TreeSet<>();
    for (String catalog : SeedCatalogs.GUIDES.keySet()) {
      for (Objective objective : SloSpecs.loadCatalog(catalog).objectives()) {
        if (objective instanceof WindowObjective windowed) {
          if (windowed.selector().scope() == RequestSelector.Scope.REQUEST) {
            requests.add(windowed.selector().pattern());
          }
          windowed.judging().phases().stream().map(PhaseSelector::name).filter(n -> n != null).forEach(namedPhases::add);
        }
      }
    }
    assertEquals(Set.of("GET /health", "GET /health/ready", "POST /api/extract"), requests);
    assertEquals(Set.of("spike", "spike-ramp"), namedPhases);
  }

  @Test
  void everyNotVerifiableTargetSaysWhy() {
    for (String catalog : SeedCatalogs.GUIDES.keySet()) {
      for (Objective objective : SloSpecs.loadCatalog(catalog).objectives()) {
        if (objective instanceof NotVerifiableObjective nv) {
          assertTrue(nv.reason().length() > 30, catalog + "/" + nv.name() + ": " + nv.reason());
        }
      }
    }
  }
}
