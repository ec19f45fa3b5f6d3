package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.PhaseKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenSloImportTest {

  private static final String FILE = "src/test/resources/specs/openslo/web-shop.yaml";

  private final SloSpec spec = SloSpecs.load(FILE);

  @Test
  void importsServiceAndEverySloObjective() {
    assertEquals("web-shop", spec.system());
    assertEquals("openslo/v1", spec.version());
    assertEquals(Optional.of("The web shop's public API."), spec.description());
    assertEquals(List.of("search-latency", "fast-enough", "availability/three-nines", "availability/two-nines"),
        spec.objectives().stream().map(Objective::name).toList());
  }

  @Test
  void thresholdMetricBecomesAPercentileWithTheUnitOfItsQuery() {
    LatencyObjective search = (LatencyObjective) spec.objective("search-latency").orElseThrow();
    assertEquals(99, search.percentile(), 1e-9);
    assertEquals(Comparison.LESS, search.comparison());
    assertEquals(500, search.thresholdMillis(), 1e-9); // 0.5 of a *_seconds metric
    assertEquals(RequestSelector.request("GET /api/search*"), search.selector());
    assertEquals(List.of(PhaseSelector.ofKind(PhaseKind.STEADY), PhaseSelector.ofKind(PhaseKind.RECOVERY)),
        search.judging().phases());
    assertEquals(Optional.of(new Citation(FILE, Optional.of("SLO search-latency"))), search.source());
    assertEquals(Optional.of("Searches answer within 0.5 s."), search.description());
  }

  @Test
  void greaterThanTargetsTheLowerQuantile() {
    // "95% of pages take at least 2 ms" is "p5 >= 2 ms"
    LatencyObjective fast = (LatencyObjective) spec.objective("fast-enough").orElseThrow();
    assertEquals(5, fast.percentile(), 1e-9);
    assertEquals(Comparison.GREATER_OR_EQUAL, fast.comparison());
    assertEquals(2, fast.thresholdMillis(), 1e-9);
    assertEquals(0.9, fast.judging().confidence());
    assertEquals(RequestSelector.allRequests(), fast.selector());
  }

  @Test
  void ratioMetricBecomesAvailability() {
    AvailabilityObjective three = (AvailabilityObjective) spec.objective("availability/three-nines").orElseThrow();
    assertEquals(0.999, three.target(), 1e-12);
    AvailabilityObjective two = (AvailabilityObjective) spec.objective("availability/two-nines").orElseThrow();
    assertEquals(0.99, two.target(), 1e-12);
    assertEquals(List.of(PhaseSelector.ofKind(PhaseKind.STEADY)), two.judging().phases());
  }

  @Test
  void ratioObjectivesRejectThresholdFields() {
    String yaml = """
        apiVersion: openslo/v1
        kind: SLO
        metadata: {name: a}
        spec:
          service: s
          indicator:
            spec:
              ratioMetric: {good: {}, total: {}}
          objectives:
            - {target: 0.99, op: lt}
        """;
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.parse(yaml, "ratio.yaml"));
    assertEquals("ratio.yaml:10:22: spec.objectives[0].op: op applies only to a thresholdMetric indicator", e.getMessage());
  }

  @Test
  void unsupportedKindIsNamed() {
    String yaml = "apiVersion: openslo/v1\nkind: Dashboard\nmetadata: {name: a}\n";
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.parse(yaml, "d.yaml"));
    assertTrue(e.getMessage().startsWith("d.yaml:2:7: kind: unsupported OpenSLO kind 'Dashboard'"), e.getMessage());
  }
}
