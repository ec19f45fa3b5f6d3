package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SloSpecParsingTest {

  private static final Path SPECS = Path.of("src/test/resources/specs");

  private final SloSpec spec = SloSpecs.load(SPECS.resolve("every-kind.yaml").toString());

  @Test
  void readsMetadataAndDefaults() {
    assertEquals("shop", spec.system());
    assertEquals("2.1", spec.version());
    assertEquals(Optional.of("Every objective kind, for the parser tests."), spec.description());
    assertEquals(List.of(PhaseSelector.ofKind(PhaseKind.STEADY), PhaseSelector.ofKind(PhaseKind.RECOVERY)), spec.defaults().phases());
    assertEquals(0.9, spec.defaults().confidence());
    assertEquals(LatencyOutcome.OK, spec.defaults().outcome());
    assertEquals(SPECS.resolve("every-kind.yaml").toString(), spec.origin());
    assertEquals(9, spec.objectives().size());
  }

  @Test
  void latencyWithGlobComparatorInThresholdAndDefaults() {
    LatencyObjective p999 = (LatencyObjective) spec.objective("items-p99").orElseThrow();
    assertEquals(99.9, p999.percentile());
    assertEquals(RequestSelector.request("GET /api/*"), p999.selector());
    assertTrue(p999.selector().matches("GET /api/items") && !p999.selector().matches("POST /api/orders"));
    assertEquals(Comparison.LESS_OR_EQUAL, p999.comparison());
    assertEquals(250, p999.thresholdMillis());
    assertEquals(LatencyOutcome.OK, p999.outcome());
    assertEquals(new Judging(spec.defaults().phases(), 0.9, 0), p999.judging());
    assertEquals(Optional.of(new Citation("Shop SLA v3", Optional.of("4.2 Latency"))), p999.source());
  }

  @Test
  void latencyOverridesEveryDefault() {
    LatencyObjective p50 = (LatencyObjective) spec.objective("checkout-p50").orElseThrow();
    assertEquals(RequestSelector.group("checkout"), p50.selector());
    assertEquals(500, p50.thresholdMillis());
    assertEquals(Comparison.LESS, p50.comparison());
    assertEquals(LatencyOutcome.ALL, p50.outcome());
    assertEquals(new Judging(List.of(PhaseSelector.ofKind(PhaseKind.STEADY)), 0.99, 1000), p50.judging());
    LatencyObjective fast = (LatencyObjective) spec.objective("fast-p95").orElseThrow();
    assertEquals(0.5, fast.thresholdMillis(), 1e-12);
    assertEquals(Comparison.LESS, fast.comparison());
    assertFalse(fast.selector().isGlob());
  }

  @Test
  void otherKinds() {
    ThroughputObjective throughput = (ThroughputObjective) spec.objective("throughput").orElseThrow();
    assertEquals(100, throughput.minPerSecond(), 1e-12);
    assertEquals(List.of(PhaseSelector.named("steady-2"), PhaseSelector.all()), throughput.judging().phases());
    assertTrue(throughput.judging().phases().get(0).matches(Phase.constant("steady-2", PhaseKind.FAULT, 0, 1000, 1)));
    assertEquals(0.001, ((ErrorRateObjective) spec.objective("errors").orElseThrow()).maxRatio(), 1e-15);
    AvailabilityObjective availability = (AvailabilityObjective) spec.objective("availability").orElseThrow();
    assertEquals(0.999, availability.target());
    assertEquals(0.001, availability.errorBudget(), 1e-12);
    assertEquals(Optional.of("three nines"), availability.description());
    FailoverObjective failover = (FailoverObjective) spec.objective("failover").orElseThrow();
    assertEquals(5000, failover.maxMillis());
    assertEquals(OptionalDouble.empty(), failover.percentile());
    assertEquals(0.9, failover.confidence());
    FailoverObjective p50 = (FailoverObjective) spec.objective("failover-p50").orElseThrow();
    assertEquals(OptionalDouble.of(50), p50.percentile());
    assertEquals(2500, p50.maxMillis());
    assertEquals(5, p50.minSamples());
    NotVerifiableObjective durability = (NotVerifiableObjective) spec.objective("durability").orElseThrow();
    assertEquals("takes years to observe", durability.reason());
    assertEquals(Optional.of("eleven nines of durability"), durability.statement());
  }

  @Test
  void minimalSpecGetsStandardDefaults() {
    SloSpec minimal = SloSpecs.parse("system: s\nversion: 1\nobjectives:\n  - {name: p99, kind: latency, percentile: 99, threshold: 1s}\n", "inline.yaml");
    LatencyObjective p99 = (LatencyObjective) minimal.objectives().get(0);
    assertEquals(SpecDefaults.STANDARD, minimal.defaults());
    assertEquals(List.of(PhaseSelector.ofKind(PhaseKind.STEADY)), p99.judging().phases());
    assertEquals(0.95, p99.judging().confidence());
    assertEquals(RequestSelector.allRequests(), p99.selector());
    assertEquals(LatencyOutcome.ALL, p99.outcome());
    assertEquals(1000, p99.thresholdMillis());
    assertEquals("1", minimal.version());
  }

  @Test
  void quantitiesAcceptTheUsualSpellings() {
    SloSpec spec = SloSpecs.parse("""
        system: s
        version: 1
        objectives:
          - {name: a, kind: latency, percentile: 99, threshold: 100 ms}
          - {name: b, kind: latency, percentile: 99, threshold: .5s}
          - {name: c, kind: latency, percentile: 99, threshold: 250µs}
          - {name: d, kind: throughput, min: 100 rps}
          - {name: e, kind: error-rate, max: 0.001}
          - {name: f, kind: availability, target: 99.95%}
          - {name: g, kind: latency, percentile: 99, threshold: '> 3ms'}
        """, "inline.yaml");
    assertEquals(100, ((LatencyObjective) spec.objective("a").orElseThrow()).thresholdMillis());
    assertEquals(500, ((LatencyObjective) spec.objective("b").orElseThrow()).thresholdMillis());
    assertEquals(0.25, ((LatencyObjective) spec.objective("c").orElseThrow()).thresholdMillis(), 1e-12);
    assertEquals(100, ((ThroughputObjective) spec.objective("d").orElseThrow()).minPerSecond());
    assertEquals(0.001, ((ErrorRateObjective) spec.objective("e").orElseThrow()).maxRatio());
    assertEquals(0.9995, ((AvailabilityObjective) spec.objective("f").orElseThrow()).target());
    assertEquals(Comparison.GREATER, ((LatencyObjective) spec.objective("g").orElseThrow()).comparison());
  }

  @Test
  void withoutDropsKinds() {
    SloSpec loadOnly = spec.without(ObjectiveKind.FAILOVER);
    assertEquals(7, loadOnly.objectives().size());
    assertTrue(loadOnly.objectives().stream().noneMatch(o -> o.kind() == ObjectiveKind.FAILOVER));
  }
}
