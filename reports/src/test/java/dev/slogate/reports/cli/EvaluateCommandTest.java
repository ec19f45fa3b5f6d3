package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.internal.verdict.VerdictJson;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.gatling.SyntheticLogWriter;
import dev.slogate.slo.pipeline.LeaveOutFailover;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slogate evaluate} on the third-party fixture log (two scenarios, nested groups, KOs, crash errors,
 * non-ASCII names): the counts and percentiles it reports equal a brute-force computation from the decoded
 * events.
 */
class EvaluateCommandTest {

  static final Path SHOP_LOG = Fixtures.resource("gatling-logs/shop/simulation.log");
  static final Path SHOP_SLO = Fixtures.resource("specs/shop.yaml");

  @TempDir Path dir;

  /** Every request and group of the log, kept as plain values. */
  record Event(List<String> groups, String name, long latency, boolean ok, boolean group) {}

  static List<Event> decode() {
    List<Event> events = new ArrayList<>();
    SimulationLogDecoder.decode(SHOP_LOG, new LogEventListener() {
      @Override
      public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
        events.add(new Event(groups, name, end - start, ok, false));
      }

      @Override
      public void onGroup(List<String> path, long start, long end, int cumulated, boolean ok) {
        events.add(new Event(path, String.join(" / ", path), end - start, ok, true));
      }
    });
    return events;
  }

  static long nearestRank(List<Event> events, Predicate<Event> which, double percentile) {
    long[] sorted = events.stream().filter(which).mapToLong(Event::latency).sorted().toArray();
    long rank = (long) Math.ceil(percentile / 100 * sorted.length - 1e-9);
    return sorted[(int) Math.max(0, rank - 1)];
  }

  @Test
  void countsAndPercentilesEqualABruteForceComputation() throws Exception {
    Path json = dir.resolve("verdict.json");
    CliRunner.Result result = CliRunner.run("evaluate", "--slo", SHOP_SLO.toString(), "--gatling-log", SHOP_LOG.toString(),
        "--json", json.toString());
    assertEquals("", result.err());
    assertEquals(0, result.exitCode(), result.out());
    assertTrue(result.out().contains("no run plan given: the whole run is judged as one phase (whole-run)"), result.out());
    assertTrue(result.out().contains("---- slogate verdict: PASS — shop 1 ----"), result.out());

    List<Event> events = decode();
    Predicate<Event> request = e -> !e.group();
    JsonNode verdict = new ObjectMapper().readTree(json.toFile());
    assertEquals(false, verdict.get("planProvided").asBoolean());
    long requests = events.stream().filter(request).count();
    long ok = events.stream().filter(request).filter(Event::ok).count();
    assertEquals(1_442, requests, "the shop log's requests (server counts plus the 66 KOs of a failed check)");

    check(verdict, "all-p50", requests, nearestRank(events, request, 50));
    check(verdict, "all-p95", requests, nearestRank(events, request, 95));
    check(verdict, "all-p99", requests, nearestRank(events, request, 99));
    Predicate<Event> pay = e -> !e.group() && e.name().equals("Überweisung ✓ 注文");
    check(verdict, "pay-p95", events.stream().filter(pay).count(), nearestRank(events, pay, 95));
    Predicate<Event> checkout = e -> e.group() && e.name().equals("Checkout");
    check(verdict, "checkout-p50", events.stream().filter(checkout).count(), nearestRank(events, checkout, 50));

    JsonNode availability = objective(verdict, "availability");
    assertEquals(requests, availability.get("samples").asLong());
    assertEquals(ok / (double) requests, availability.get("estimate").asDouble(), 1e-12);
    Predicate<Event> receipt = e -> !e.group() && e.name().equals("Receipt");
    JsonNode errors = objective(verdict, "receipt-errors");
    assertEquals(events.stream().filter(receipt).count(), errors.get("samples").asLong());
    assertEquals(events.stream().filter(receipt).filter(e -> !e.ok()).count() / (double) errors.get("samples").asLong(),
        errors.get("estimate").asDouble(), 1e-12);
  }

  private static void check(JsonNode verdict, String name, long count, long bruteForcePercentile) {
    JsonNode objective = objective(verdict, name);
    assertEquals(count, objective.get("samples").asLong(), name + " sample count");
    assertEquals(bruteForcePercentile, objective.get("estimate").asDouble(), 1.0, name + " percentile within 1 ms");
  }

  private static JsonNode objective(JsonNode verdict, String name) {
    for (JsonNode objective : verdict.get("objectives")) {
      if (objective.get("name").asText().equals(name)) {
        return objective;
      }
    }
    throw new AssertionError("no objective " + name);
  }

  /**
   * The command reads the log straight into the aggregates of the plan's windows; what it prints and writes is
   * exactly what judging the full RunRecord of the same log gives, with a plan and without.
   */
  @Test
  void itsOutputIsWhatTheFullRecordGives() throws Exception {
    RunPlan plan = new RunPlan("shop", "fixtures.ShopSimulation", "http://127.0.0.1:18082", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 2_000, 20),
        Phase.constant("steady", PhaseKind.STEADY, 2_000, 6_000, 20),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 8_000, 2_000, 20)));
    Path planFile = dir.resolve("plan.json");
    RunPlanIO.write(plan, planFile);
    for (String catalogOrFile : List.of(SHOP_SLO.toString(), "reference-stack")) {
      for (RunPlan judgedPlan : java.util.Arrays.asList(plan, null)) {
        Path json = dir.resolve("verdict.json");
        List<String> args = new ArrayList<>(List.of("evaluate", "--slo", catalogOrFile, "--gatling-log", SHOP_LOG.toString(),
            "--json", json.toString(), "--run-id", "shop-run"));
        if (judgedPlan != null) {
          args.addAll(List.of("--plan", planFile.toString()));
        }
        CliRunner.Result result = CliRunner.run(args.toArray(String[]::new));

        SloSpec spec = LeaveOutFailover.judged(SloSpecs.load(catalogOrFile), null);
        Evaluation full = new Evaluator().evaluate(spec, SimulationLogReader.read(SHOP_LOG, "shop-run"), judgedPlan);
        GateDecision gate = Gate.decide(full, GatePolicy.parse("fail"));
        String what = catalogOrFile + (judgedPlan == null ? " without a plan" : " with a plan");
        assertEquals(gate.exitCode(), result.exitCode(), what);
        assertTrue(result.out().endsWith("slogate: wrote " + json + System.lineSeparator() + ConsoleVerdictTable.render(full, gate)),
            what + ":\n" + result.out());
        assertEquals(VerdictJson.render(full, gate), Files.readString(json), what);
      }
    }
  }

  /**
   * A foreign log whose injector stalled for 2 s in steady and then caught up: its count matches the plan, so only
   * the schedule lag shows it. The plan was written before the run (first arrival 400 ms after Gatling's run start),
   * and the same log on time passes: evaluate counts the plan from the first arrival.
   */
  @Test
  void withAPlanTheScheduleLagOfAForeignLogIsCheckedAndWithoutOneTheLoadIsNot() throws Exception {
    RunPlan plan = new RunPlan("foreign", "foreign.Simulation", "http://127.0.0.1:1", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 100),
        Phase.constant("steady", PhaseKind.STEADY, 5_000, 20_000, 100)));
    Path planFile = dir.resolve("plan.json");
    RunPlanIO.write(plan, planFile);
    Path slo = dir.resolve("slo.yaml");
    Files.writeString(slo, """
        system: foreign
        version: "1"
        objectives:
          - {name: p50, kind: latency, percentile: 50, threshold: 20ms}
        """);
    Path onTime = foreignLog(dir.resolve("on-time/simulation.log"), t -> t);
    // stalled 12 s to 14 s from the first arrival, then the users owed started at twice the pace until 16 s
    Path backlog = foreignLog(dir.resolve("backlog/simulation.log"),
        t -> t < 12_000 ? t : t < 16_000 ? 14_000 + (t - 12_000) / 2 : t);

    CliRunner.Result passed = CliRunner.run("evaluate", "--slo", slo.toString(), "--gatling-log", onTime.toString(),
        "--plan", planFile.toString());
    assertEquals(0, passed.exitCode(), passed.out());
    assertTrue(passed.out().contains("schedule lag: steady max 0 ms, p99 0 ms, 310 ms allowed"), passed.out());

    CliRunner.Result invalid = CliRunner.run("evaluate", "--slo", slo.toString(), "--gatling-log", backlog.toString(),
        "--plan", planFile.toString());
    assertEquals(2, invalid.exitCode(), invalid.out());
    assertTrue(invalid.out().contains("slogate: INVALID: of 1 objectives, 1 invalid (p50)."), invalid.out());
    // read every 100 ms, the 2 s stall shows as 1.95 s
    assertTrue(invalid.out().contains("load: phase steady: the injector started users up to 1.95 s late in steady (p99 "
        + "1.95 s), above the 310 ms allowed: it fell behind the plan"), invalid.out());
    assertTrue(invalid.out().contains("schedule lag: steady max 1.95 s, p99 1.95 s, 310 ms allowed"), invalid.out());

    CliRunner.Result noPlan = CliRunner.run("evaluate", "--slo", slo.toString(), "--gatling-log", backlog.toString());
    assertEquals(0, noPlan.exitCode(), noPlan.out());
    assertTrue(noPlan.out().contains("the load is not checked against a plan"), noPlan.out());
    assertTrue(!noPlan.out().contains("schedule lag"), noPlan.out());
  }

  /** 100 users/s for 25 s from 400 ms after the run start, each user's planned offset moved by {@code move}. */
  private static Path foreignLog(Path file, java.util.function.LongUnaryOperator move) {
    long runStart = 1_790_000_000_250L;
    try (SyntheticLogWriter log = SyntheticLogWriter.create(file, "foreign.Simulation", runStart, List.of("scenario"))) {
      for (long k = 0; k < 2_500; k++) {
        long start = runStart + 400 + move.applyAsLong(k * 10);
        log.user(0, true, start).request(List.of(), "GET /", start, start + 5, true, "").user(0, false, start + 5);
      }
    }
    return file;
  }

  @Test
  void aGatlingResultsFolderIsReadThroughItsNewestRun() throws Exception {
    Path results = dir.resolve("gatling");
    Path old = Files.createDirectories(results.resolve("shop-20260101000000000"));
    Path newest = Files.createDirectories(results.resolve("shop-20260102000000000"));
    Files.copy(Fixtures.resource("gatling-logs/unsupported-3.14.9/simulation.log"), old.resolve("simulation.log"));
    Files.copy(SHOP_LOG, newest.resolve("simulation.log"));
    Files.setLastModifiedTime(old.resolve("simulation.log"), FileTime.fromMillis(1_000_000));
    CliRunner.Result result = CliRunner.run("evaluate", "--slo", SHOP_SLO.toString(), "--gatling-log", results.toString());
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("slogate: read " + newest.resolve("simulation.log")), result.out());
    CliRunner.Result empty = CliRunner.run("evaluate", "--slo", SHOP_SLO.toString(), "--gatling-log", dir.toString());
    assertEquals(ExitCodes.INPUT, empty.exitCode());
    assertEquals(List.of("slogate: no simulation.log in " + dir + " nor in any folder directly under it"), empty.errLines());
  }

  @Test
  void badInputsExitWithOneLineAndNoStackTrace() {
    String log = SHOP_LOG.toString();
    String slo = SHOP_SLO.toString();
    expectError(ExitCodes.USAGE, "Missing required option: '--slo=FILE|CATALOG'", "evaluate", "--gatling-log", log);
    expectError(ExitCodes.USAGE, "Unknown option: '--bogus'", "evaluate", "--slo", slo, "--gatling-log", log, "--bogus");
    expectError(ExitCodes.USAGE, "--inconclusive must be fail or pass, not 'maybe'", "evaluate", "--slo", slo, "--gatling-log", log,
        "--inconclusive", "maybe");
    expectError(ExitCodes.USAGE, "a command is needed", new String[0]);
    expectError(ExitCodes.INPUT, "simulation log " + dir.resolve("none.log") + " does not exist", "evaluate", "--slo", slo,
        "--gatling-log", dir.resolve("none.log").toString());
    expectError(ExitCodes.INPUT, "written by Gatling 3.14.9; slogate reads logs of Gatling 3.15.x", "evaluate", "--slo", slo,
        "--gatling-log", Fixtures.resource("gatling-logs/unsupported-3.14.9").toString());
    expectError(ExitCodes.INPUT, "typo.yaml:6:5: objectives[0].percentil: unknown field (did you mean 'percentile'?)", "evaluate",
        "--slo", Fixtures.resource("specs/typo.yaml").toString(), "--gatling-log", log);
    expectError(ExitCodes.INPUT, "unknown SLO catalog 'nosuch'", "evaluate", "--slo", "nosuch", "--gatling-log", log);
    // The SLO file is parsed beside the log; when both are bad, the SLO file's error still comes first.
    expectError(ExitCodes.INPUT, "unknown SLO catalog 'nosuch'", "evaluate", "--slo", "nosuch", "--gatling-log",
        dir.resolve("none.log").toString());
    expectError(ExitCodes.INPUT, "typo.yaml:6:5: objectives[0].percentil: unknown field", "evaluate",
        "--slo", Fixtures.resource("specs/typo.yaml").toString(), "--gatling-log", log, "--plan", slo);
    expectError(ExitCodes.INPUT, "run plan " + SHOP_SLO + " is not valid", "evaluate", "--slo", slo, "--gatling-log", log,
        "--plan", slo);
  }

  /** {@code --baseline} means what it means for {@code slogate report}: a baseline of another system is refused. */
  @Test
  void aBaselineOfAnotherSystemIsRefused() {
    String healthy = Fixtures.run("healthy-a").toString();
    expectError(ExitCodes.INPUT, "Baseline run steadyload-20261124-071944-652 refused: the baseline ran simulation"
        + " dev.slogate.simulations.SteadyLoad, this run fixtures.ShopSimulation.", "evaluate", "--slo", SHOP_SLO.toString(),
        "--gatling-log", SHOP_LOG.toString(), "--baseline", healthy);
    expectError(ExitCodes.INPUT, "baseline " + dir.resolve("none") + " does not exist", "evaluate", "--slo",
        SHOP_SLO.toString(), "--gatling-log", SHOP_LOG.toString(), "--baseline", dir.resolve("none").toString());
  }

  private static void expectError(int code, String message, String... args) {
    CliRunner.Result result = CliRunner.run(args);
    assertEquals(code, result.exitCode(), result.err());
    assertEquals(1, result.errLines().size(), "one line: " + result.err());
    String line = result.errLines().get(0);
    assertTrue(line.startsWith("slogate: "), line);
    assertTrue(line.contains(message), "'" + line + "' should contain '" + message + "'");
    assertTrue(!line.contains("Exception") && !result.err().contains("\tat "), line);
  }
}
