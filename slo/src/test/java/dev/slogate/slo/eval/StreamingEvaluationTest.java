package dev.slogate.slo.eval;

import static dev.slogate.slo.record.SameMeasurements.assertSameFailures;
import static dev.slogate.slo.record.SameMeasurements.assertSameWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.CutPoints;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesFilter;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming path (a log read into a {@link WindowedRun} cut at the plan's phase windows) judges every run
 * exactly as the full path (a {@link RunRecord}) does: the same Evaluation, to the last word of every reason.
 */
class StreamingEvaluationTest {

  /** Every window objective kind, every selector kind, several phase selections, and the ways to find nothing. */
  static final SloSpec EVERY_PATH = SloSpecs.parse("""
      system: equivalence
      version: "1"
      objectives:
        - {name: p50, kind: latency, percentile: 50, threshold: 20ms}
        - {name: p99-every-phase, kind: latency, percentile: 99, threshold: 500ms, phases: all, outcome: all}
        - {name: items-p95, kind: latency, percentile: 95, request: "GET /api/items", threshold: 80ms}
        - {name: api-p90, kind: latency, percentile: 90, request: "*/api/*", threshold: 50ms, phases: [steady, fault]}
        - {name: checkout-p95, kind: latency, percentile: 95, group: Checkout, threshold: 300ms, outcome: ok}
        - {name: pay-p50, kind: latency, percentile: 50, group: "Checkout / *", threshold: 30ms, phases: [fault, recovery]}
        - {name: slow-floor, kind: latency, percentile: 10, request: "GET /api/report", threshold: ">= 20s", phases: all}
        - {name: throughput, kind: throughput, min: 40/s}
        - {name: cool-throughput, kind: throughput, min: 40/s, phases: cool-down}
        - {name: errors, kind: error-rate, max: 2%}
        - {name: fault-errors, kind: error-rate, max: 5%, phases: {name: fault-1}}
        - {name: availability, kind: availability, target: 99%, phases: [steady, fault, recovery]}
        - {name: alert, kind: error-frequency, max: 1/s, window: 5s, phases: all}
        - {name: orders-alert, kind: error-frequency, max: 2/s, window: 3s, request: "POST /api/orders", phases: [fault, recovery, cool-down]}
        - {name: checkout-alert, kind: error-frequency, max: 0.5/s, window: 3s, group: Checkout, phases: all}
        - {name: soak-p50, kind: latency, percentile: 50, threshold: 1s, phases: {name: soak}}
        - {name: nothing-p50, kind: latency, percentile: 50, request: "GET /nothing", threshold: 1s}
        - {name: failover, kind: failover, max: 5s}
        - {name: durability, kind: not-verifiable, reason: takes years to observe}
      """, "every-path.yaml");

  @TempDir
  static Path folder;

  static Path phasedLog;

  private final Evaluator evaluator = new Evaluator();

  @BeforeAll
  static void writeLog() {
    phasedLog = PhasedLog.write(folder.resolve("phased/simulation.log"));
  }

  @Test
  void aPhasedRunWithFailuresGroupsAndLateRequestsIsJudgedTheSame() {
    RunPlan plan = PhasedLog.plan();
    Evaluation full = evaluator.evaluate(EVERY_PATH, SimulationLogReader.read(phasedLog, "phased"), plan);
    Evaluation streamed = evaluator.evaluate(EVERY_PATH, windowed(phasedLog, plan), plan);

    assertSameEvaluation(full, streamed);
    // The run takes every road: passes, failures, verdicts without data, invalid load.
    assertEquals(Map.of(
        "p50", Verdict.PASS, "items-p95", Verdict.PASS, "alert", Verdict.FAIL, "fault-errors", Verdict.FAIL,
        "soak-p50", Verdict.INCONCLUSIVE, "nothing-p50", Verdict.INCONCLUSIVE, "slow-floor", Verdict.PASS),
        verdicts(streamed, "p50", "items-p95", "alert", "fault-errors", "soak-p50", "nothing-p50", "slow-floor"));
    assertEquals(5, streamed.phases().size());
    assertTrue(streamed.notes().contains(new Note.GatlingErrors(34)), streamed.notes().toString());
  }

  @Test
  void aPhaseTheInjectorDidNotDriveAsPlannedIsInvalidInBoth() {
    RunPlan overPlanned = PhasedLog.planWithSteadyAt(80);
    Evaluation full = evaluator.evaluate(EVERY_PATH, SimulationLogReader.read(phasedLog, "phased"), overPlanned);
    Evaluation streamed = evaluator.evaluate(EVERY_PATH, windowed(phasedLog, overPlanned), overPlanned);

    assertSameEvaluation(full, streamed);
    assertEquals(Verdict.INVALID, streamed.result("p50").orElseThrow().verdict());
    ObjectiveResult p50 = streamed.result("p50").orElseThrow();
    // reports word it: "The injector did not reach the planned rate in steady: …, so this objective is neither passed
    // nor failed (measured p50 12 ms)."
    PhaseValidity steady = streamed.phases().stream().filter(v -> v.phase().equals("steady")).findFirst().orElseThrow();
    assertEquals(new LoadFinding.Arrivals("steady", LoadFinding.Pace.BELOW, 950, 1_520), steady.finding());
    assertEquals(new Reason.InvalidLoad(steady, "p50", p50.measurement()), p50.reason());
    assertEquals(12, p50.measurement().estimate());
  }

  @Test
  void everyPhaseWindowAndStretchHoldsTheSameMeasurements() {
    RunPlan plan = PhasedLog.plan();
    RunRecord record = SimulationLogReader.read(phasedLog, "phased");
    WindowedRun streamed = windowed(phasedLog, plan);
    List<PhaseWindow> windows = PhaseWindows.of(record, plan);
    assertEquals(windows, PhaseWindows.of(streamed, plan));
    for (PhaseWindow window : windows) {
      assertSameWindow(record, streamed, window.fromEpochSecond(), window.toEpochSecondExclusive());
    }
    // warm-up to recovery is one unbroken stretch; a second without a phase separates cool-down from it.
    long from = windows.get(0).fromEpochSecond();
    long to = windows.get(4).toEpochSecondExclusive();
    for (SeriesFilter filter : List.of(SeriesFilter.allRequests(), SeriesFilter.requests(n -> n.startsWith("POST")),
        SeriesFilter.requests("GET /api/report"::equals), SeriesFilter.groups("Checkout"::equals),
        SeriesFilter.groups(p -> p.startsWith("Checkout /")))) {
      assertSameFailures(record, streamed, filter, from, to);
    }
    // The slow requests are in the windows they started in, though the log holds them at its very end.
    assertEquals(record.window(windows.get(1).fromEpochSecond(), windows.get(1).toEpochSecondExclusive()).requests().get("GET /api/report"),
        streamed.window(windows.get(1).fromEpochSecond(), windows.get(1).toEpochSecondExclusive()).requests().get("GET /api/report"));
    assertEquals(24, streamed.window(windows.get(1).fromEpochSecond(), windows.get(1).toEpochSecondExclusive())
        .requests().get("GET /api/report").count());
  }

  @Test
  void withoutAPlanTheWholeRunIsJudgedTheSame() {
    for (SloSpec spec : List.of(EVERY_PATH, SloSpecs.loadCatalog(SloSpecs.REFERENCE_STACK), SloSpecs.read(resource("specs/every-kind.yaml")))) {
      Evaluation full = evaluator.evaluate(spec, SimulationLogReader.read(phasedLog, "phased"));
      Evaluation streamed = evaluator.evaluate(spec, SimulationLogReader.readWindowed(phasedLog, "phased", ReadOptions.strict(),
          CutPoints.wholeRun()));
      assertSameEvaluation(full, streamed);
      assertFalse(streamed.planProvided());
    }
  }

  @Test
  void realGatlingLogsAreJudgedTheSameWithAndWithoutAPlan() {
    RunPlan plainOpen = new RunPlan("plain-open", "fixtures.PlainOpenSimulation", "http://127.0.0.1:18081", List.of(
        new Phase("ramp", PhaseKind.WARM_UP, 0, 10_000, 10, 60),
        Phase.constant("steady", PhaseKind.STEADY, 10_000, 10_000, 60)));
    RunPlan shop = new RunPlan("shop", "fixtures.ShopSimulation", "http://127.0.0.1:18082", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 2_000, 20),
        Phase.constant("steady", PhaseKind.STEADY, 2_000, 6_000, 20),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 8_000, 2_000, 20)));
    List<SloSpec> specs = List.of(EVERY_PATH, SloSpecs.loadCatalog(SloSpecs.REFERENCE_STACK),
        SloSpecs.read(resource("specs/every-kind.yaml")), SloSpecs.loadCatalog("sei-platform"), SloSpecs.loadCatalog("kecs"));
    for (Map.Entry<String, RunPlan> fixture : Map.of(FixtureLogs.PLAIN_OPEN, plainOpen, FixtureLogs.SHOP, shop).entrySet()) {
      Path log = FixtureLogs.log(fixture.getKey());
      RunRecord record = SimulationLogReader.read(log, fixture.getKey());
      for (SloSpec spec : specs) {
        for (RunPlan plan : Arrays.asList(fixture.getValue(), null)) {
          Evaluation full = evaluator.evaluate(spec, record, plan);
          Evaluation streamed = evaluator.evaluate(spec, windowed(log, plan), plan);
          assertSameEvaluation(full, streamed);
        }
      }
    }
  }

  @Test
  void aTruncatedLogReadLenientlyIsIncompleteAndNeverPasses() throws IOException {
    byte[] whole = Files.readAllBytes(phasedLog);
    Path cut = Files.write(folder.resolve("cut.log"), Arrays.copyOf(whole, whole.length * 3 / 5));
    RunPlan plan = PhasedLog.plan();
    SloSpec passing = SloSpecs.parse("""
        system: truncated
        version: "1"
        objectives:
          - {name: p50, kind: latency, percentile: 50, threshold: 1s}
        """, "passing.yaml");

    WindowedRun streamedRun = SimulationLogReader.readWindowed(cut, "cut", ReadOptions.allowTruncated(), PhaseWindows.cutPoints(plan));
    assertFalse(streamedRun.metadata().complete());
    Evaluation streamed = evaluator.evaluate(passing, streamedRun, plan);
    Evaluation full = evaluator.evaluate(passing, SimulationLogReader.read(cut, "cut", ReadOptions.allowTruncated()), plan);
    assertSameEvaluation(full, streamed);
    assertEquals(Verdict.INVALID, streamed.verdict());
    assertEquals(Verdict.INVALID, streamed.results().get(0).verdict());
    assertTrue(streamed.results().get(0).reason() instanceof Reason.IncompleteRecord incomplete
        && incomplete.onTheDataSeen() instanceof Reason.LatencyDecided decided && decided.verdict() == Verdict.PASS,
        String.valueOf(streamed.results().get(0).reason()));
    // The same objective passes on the whole log.
    assertEquals(Verdict.PASS, evaluator.evaluate(passing, windowed(phasedLog, plan), plan).verdict());
  }

  @Test
  void aRunReadForOnePlanCannotBeJudgedOnAnother() {
    WindowedRun readForPlan = windowed(phasedLog, PhasedLog.plan());
    RunPlan shifted = new RunPlan("phased", "dev.slogate.synthetic.PhasedSimulation", "http://127.0.0.1:8080", List.of(
        Phase.constant("steady", PhaseKind.STEADY, 7_000, 20_000, 50)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> evaluator.evaluate(EVERY_PATH, readForPlan, shifted));
    assertTrue(e.getMessage().startsWith("this run was aggregated for only windows between the seconds "), e.getMessage());
    // Without a plan the whole run is a window a run read for a plan does not hold either.
    assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(EVERY_PATH, readForPlan, null));
  }

  static WindowedRun windowed(Path log, RunPlan plan) {
    return SimulationLogReader.readWindowed(log, log.getParent().getFileName().toString().equals("phased") ? "phased"
        : log.getParent().getFileName().toString(), ReadOptions.strict(), PhaseWindows.cutPoints(plan));
  }

  /** Result by result first, so that a difference names its objective, then everything else at once. */
  static void assertSameEvaluation(Evaluation full, Evaluation streamed) {
    assertEquals(full.results().stream().map(ObjectiveResult::name).toList(),
        streamed.results().stream().map(ObjectiveResult::name).toList());
    for (int i = 0; i < full.results().size(); i++) {
      ObjectiveResult expected = full.results().get(i);
      ObjectiveResult actual = streamed.results().get(i);
      String name = expected.name();
      assertEquals(expected.verdict(), actual.verdict(), name + ": verdict");
      assertEquals(expected.reason(), actual.reason(), name + ": reason");
      assertEquals(expected.measurement(), actual.measurement(), name + ": measurement and bounds");
      assertEquals(expected, actual, name);
    }
    assertEquals(full.phases(), streamed.phases(), "load validity");
    assertEquals(full.notes(), streamed.notes(), "notes");
    assertEquals(full.errorBudgets(), streamed.errorBudgets(), "error budgets");
    assertEquals(full.summary(), streamed.summary(), "summary");
    assertEquals(full, streamed);
  }

  private static Map<String, Verdict> verdicts(Evaluation evaluation, String... names) {
    return Arrays.stream(names).collect(Collectors.toMap(n -> n, n -> evaluation.result(n).orElseThrow().verdict()));
  }

  private static Path resource(String name) {
    try {
      return Path.of(StreamingEvaluationTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
