package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the seed catalogs added to the format: error-frequency objectives, quotes in citations, the readiness block, scaling. */
class SeedSpecExtensionsTest {

  private static final String FILE = """
      system: kecs
      version: "1"
      readiness:
        simulation: dev.slogate.simulations.seeds.KecsLoad
        experiments: [kecs-kill-one-replica, kecs-kill-two]
      objectives:
        - name: api-error-alert
          kind: error-frequency
          max: 0.1/s
          window: 5m
          request: "POST /v1/*"
          phases: [steady, fault]
          source:
            document: 000_f0d8d7709017473b.txt
            section: Alerting Rules
            quote: "expr: rate(kecs_api_errors_total[5m]) > 0.1"
        - {name: per-minute, kind: error-frequency, max: 6/min, window: 1h, confidence: 0.9, minSamples: 100}
        - {name: p99, kind: latency, percentile: 99, threshold: 5s}
        - {name: rate, kind: throughput, min: 10000/s}
        - {name: errors, kind: error-rate, max: 0.1%}
        - {name: up, kind: availability, target: 99.9%}
        - {name: failover, kind: failover, max: 18s}
      """;

  @Test
  void errorFrequencyReadsMaxWindowAndTheUsualJudgingFields() {
    SloSpec spec = SloSpecs.parse(FILE, "kecs.yaml");
    ErrorFrequencyObjective alert = (ErrorFrequencyObjective) spec.objective("api-error-alert").orElseThrow();
    assertEquals(ObjectiveKind.ERROR_FREQUENCY, alert.kind());
    assertEquals(0.1, alert.maxPerSecond(), 1e-12);
    assertEquals(300_000, alert.windowMillis(), 1e-9);
    assertEquals(300, alert.windowSeconds());
    assertEquals(30, alert.allowedPerWindow(), 1e-9);
    assertEquals(RequestSelector.request("POST /v1/*"), alert.selector());
    assertEquals(2, alert.judging().phases().size());
    assertEquals(new Citation("000_f0d8d7709017473b.txt", Optional.of("Alerting Rules"),
        Optional.of("expr: rate(kecs_api_errors_total[5m]) > 0.1")), alert.source().orElseThrow());

    ErrorFrequencyObjective perMinute = (ErrorFrequencyObjective) spec.objective("per-minute").orElseThrow();
    assertEquals(0.1, perMinute.maxPerSecond(), 1e-12);
    assertEquals(3_600_000, perMinute.windowMillis(), 1e-9);
    assertEquals(0.9, perMinute.judging().confidence(), 1e-12);
    assertEquals(100, perMinute.judging().minSamples());
  }

  @Test
  void windowsTakeSecondsMinutesAndHoursAndRoundToWholeSeconds() {
    for (var entry : List.of(List.of("30s", 30_000.0), List.of("5min", 300_000.0), List.of("1.5h", 5_400_000.0))) {
      SloSpec spec = SloSpecs.parse("system: s\nversion: \"1\"\nobjectives: [{name: a, kind: error-frequency, max: 1/s, window: "
          + entry.get(0) + "}]\n", "s.yaml");
      assertEquals((double) entry.get(1), ((ErrorFrequencyObjective) spec.objectives().get(0)).windowMillis(), 1e-9);
    }
    ErrorFrequencyObjective odd = new ErrorFrequencyObjective("a", Optional.empty(), Optional.empty(),
        new Judging(SpecDefaults.STANDARD.phases(), 0.95, 0), RequestSelector.allRequests(), 1, 42_857);
    assertEquals(43, odd.windowSeconds());
  }

  @Test
  void readinessIsOptionalMetadataThatCopiesKeep() {
    SloSpec spec = SloSpecs.parse(FILE, "kecs.yaml");
    Readiness readiness = spec.readiness().orElseThrow();
    assertEquals("dev.slogate.simulations.seeds.KecsLoad", readiness.simulation());
    assertEquals("KecsLoad", readiness.simulationSimpleName());
    assertEquals(List.of("kecs-kill-one-replica", "kecs-kill-two"), readiness.experiments());
    assertEquals(spec.readiness(), spec.without(ObjectiveKind.FAILOVER).readiness());
    assertEquals(new Readiness("dev.slogate.simulations.SteadyLoad", List.of("kill-one-replica")),
        SloSpecs.load("reference-stack").readiness().orElseThrow());
    assertEquals(Optional.empty(), SloSpecs.parse("system: s\nversion: \"1\"\nobjectives: [{name: e, kind: error-rate, max: 1%}]\n",
        "s.yaml").readiness());

    SloSpec noExperiments = SloSpecs.parse("system: s\nversion: \"1\"\nreadiness: {simulation: a.B}\n"
        + "objectives: [{name: e, kind: error-rate, max: 1%}]\n", "s.yaml");
    assertEquals(new Readiness("a.B", List.of()), noExperiments.readiness().orElseThrow());
  }

  @Test
  void aCitationWithoutQuoteReadsAsBefore() {
    Citation plain = new Citation("Shop SLA v3", Optional.of("4.2 Latency"));
    assertEquals(Optional.empty(), plain.quote());
    assertEquals("Shop SLA v3, 4.2 Latency", plain.toString());
    assertEquals("Shop SLA v3, 4.2 Latency",
        new Citation("Shop SLA v3", Optional.of("4.2 Latency"), Optional.of("p99 < 100ms")).toString());
  }

  @Test
  void scalingDividesRatesAndWindowsButNeverLatencyRatiosOrFailover() {
    SloSpec spec = SloSpecs.parse(FILE, "kecs.yaml");
    SpecScaling.Scaled scaled = SpecScaling.scaleDown(spec, 100);
    assertEquals(100, scaled.factor());
    ErrorFrequencyObjective alert = (ErrorFrequencyObjective) scaled.spec().objective("api-error-alert").orElseThrow();
    assertEquals(0.001, alert.maxPerSecond(), 1e-15);
    assertEquals(3_000, alert.windowMillis(), 1e-9);
    assertEquals(alert.source(), spec.objective("api-error-alert").orElseThrow().source());
    assertEquals(100, ((ThroughputObjective) scaled.spec().objective("rate").orElseThrow()).minPerSecond(), 1e-9);
    for (String unchanged : List.of("p99", "errors", "up", "failover")) {
      assertSame(spec.objective(unchanged).orElseThrow(), scaled.spec().objective(unchanged).orElseThrow(), unchanged);
    }
    assertEquals(List.of("api-error-alert max 0.1/s over 300 s → 0.001/s over 3 s",
        "per-minute max 0.1/s over 3,600 s → 0.001/s over 36 s", "rate min 10,000/s → 100/s"), scaled.changes());
    assertEquals(spec.readiness(), scaled.spec().readiness());
  }

  @Test
  void aFactorOfOneOrNoFactorAtAllLeavesTheSpecAlone() {
    SloSpec spec = SloSpecs.parse(FILE, "kecs.yaml");
    for (double factor : new double[] {1, 0, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
      SpecScaling.Scaled scaled = SpecScaling.scaleDown(spec, factor);
      assertSame(spec, scaled.spec(), "factor " + factor);
      assertEquals(List.of(), scaled.changes());
    }
  }

  @Test
  void theReadmeExamplesOfErrorFrequencyAndReadinessParse() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    SloSpec alert = SloSpecs.parse(yamlAfter(readme, "### Error frequency"), "README.md");
    ErrorFrequencyObjective objective = (ErrorFrequencyObjective) alert.objectives().get(0);
    assertEquals(0.1, objective.maxPerSecond(), 1e-12);
    assertEquals(300_000, objective.windowMillis(), 1e-9);
    String readiness = yamlAfter(readme, "### Readiness metadata");
    SloSpec withReadiness = SloSpecs.parse("system: s\nversion: \"1\"\nobjectives: [{name: e, kind: error-rate, max: 1%}]\n" + readiness,
        "README.md");
    assertEquals(new Readiness("dev.slogate.simulations.seeds.KecsLoad", List.of("kecs-kill-one-replica")),
        withReadiness.readiness().orElseThrow());
  }

  private static String yamlAfter(String text, String heading) {
    int start = text.indexOf("```yaml\n", text.indexOf(heading)) + "```yaml\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  @Test
  void theModelRejectsWhatTheParserWouldNeverBuild() {
    Judging judging = new Judging(SpecDefaults.STANDARD.phases(), 0.95, 0);
    assertThrows(IllegalArgumentException.class, () -> new ErrorFrequencyObjective("a", Optional.empty(), Optional.empty(), judging,
        RequestSelector.allRequests(), 0, 1000));
    assertThrows(IllegalArgumentException.class, () -> new ErrorFrequencyObjective("a", Optional.empty(), Optional.empty(), judging,
        RequestSelector.allRequests(), 1, 0));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new Readiness("a.B", List.of("x", "x")));
    assertTrue(twice.getMessage().contains("unique"), twice.getMessage());
  }
}
