package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.StreamingEvaluationTest.assertSameEvaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.gatling.SyntheticLogWriter;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.CutPoints;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.SloSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a failure arose decides what it does to the verdict: a failure on the injector's own machine makes its phase
 * INVALID and is never charged to the target; a failure of the target's (a status check, an unknown message) or of
 * the connection (the interim rule while the injector's health is not sampled) still fails an error objective. Every
 * road to INVALID here is shown beside the same run judged PASS or FAIL without the injector-local failures.
 */
class InjectorLocalFailuresTest {

  private static final String EMFILE = LoadValidityCheckTest.EMFILE;
  private static final String PREMATURE_CLOSE = LoadValidityCheckTest.PREMATURE_CLOSE;
  private static final SloSpec SPEC = Specs.of(
      "{name: p99, kind: latency, percentile: 99, threshold: 100ms}",
      "{name: errors, kind: error-rate, max: 1%}",
      "{name: throughput, kind: throughput, min: 100/s}");

  private final Evaluator evaluator = new Evaluator();

  @TempDir Path folder;

  /**
   * The planned run of {@link SyntheticRun#plan}(200): every tenth steady arrival failing with {@code message}, 580 of
   * the 5,800 in steady's 29 whole seconds (600 of 6,000 in the whole run).
   */
  private static RunRecord steadyFailing(IntFunction<String> message) {
    return SyntheticRun.planned(200, SyntheticRun.lognormal(2, 8), i -> i % 10 != 0, message).build();
  }

  private static RunRecord healthy() {
    return SyntheticRun.planned(200, SyntheticRun.lognormal(2, 8), i -> true).build();
  }

  @Test
  void aPhaseWhoseInjectorRanOutOfDescriptorsIsInvalidNamingTheCauseAndCount() {
    Evaluation evaluation = evaluator.evaluate(SPEC, steadyFailing(i -> EMFILE), SyntheticRun.plan(200));
    assertEquals(Verdict.INVALID, evaluation.verdict());
    PhaseValidity steady = evaluation.phases().get(0);
    assertEquals(LoadStatus.INVALID, steady.status());
    assertEquals(descriptorsRanOut("steady", 580), steady.finding());
    // 10% of requests failed, yet the error objective is not failed: the target never saw them
    ObjectiveResult errors = evaluation.result("errors").orElseThrow();
    assertEquals(Verdict.INVALID, errors.verdict());
    // reports word it: "The injector ran out of file descriptors in steady (…), so this objective is neither passed nor
    // failed (measured error rate 10%)."
    assertEquals(new Reason.InvalidLoad(steady, "error rate", errors.measurement()), errors.reason());
    assertEquals(0.1, errors.measurement().estimate(), 1e-12);
    evaluation.results().forEach(r -> assertEquals(Verdict.INVALID, r.verdict(), r.name()));
  }

  @Test
  void theSameRunWithoutInjectorLocalFailuresIsJudgedOnTheTarget() {
    assertEquals(Verdict.PASS, evaluator.evaluate(SPEC, healthy(), SyntheticRun.plan(200)).verdict());

    // the target answered 503: its failure, and the error objective fails
    Evaluation unavailable = evaluator.evaluate(SPEC, steadyFailing(i -> SyntheticRun.TARGET_FAILURE), SyntheticRun.plan(200));
    assertEquals(LoadStatus.VALID, unavailable.phases().get(0).status());
    assertEquals(Verdict.FAIL, unavailable.result("errors").orElseThrow().verdict());
    assertEquals(Verdict.PASS, unavailable.result("p99").orElseThrow().verdict());
    assertEquals(Verdict.FAIL, unavailable.verdict());

    // a message nobody knows counts against the target: the gate fails safe
    Evaluation unknown = evaluator.evaluate(SPEC, steadyFailing(i -> "something no version of Gatling wrote yet"), SyntheticRun.plan(200));
    assertEquals(LoadStatus.VALID, unknown.phases().get(0).status());
    assertEquals(Verdict.FAIL, unknown.result("errors").orElseThrow().verdict());
  }

  @Test
  void connectionLevelFailuresAreTheTargetsOnlyInAPhaseWithoutInjectorLocalOnes() {
    Evaluation closed = evaluator.evaluate(SPEC, steadyFailing(i -> PREMATURE_CLOSE), SyntheticRun.plan(200));
    assertEquals(LoadStatus.VALID, closed.phases().get(0).status());
    assertEquals(Verdict.FAIL, closed.result("errors").orElseThrow().verdict());

    Evaluation timedOut = evaluator.evaluate(SPEC, steadyFailing(i -> "Request timeout to 127.0.0.1/127.0.0.1:8080 after 60000 ms"),
        SyntheticRun.plan(200));
    assertEquals(Verdict.FAIL, timedOut.result("errors").orElseThrow().verdict());

    // the run 1: descriptors exhausted and connections closed early in the same phase; nothing is charged
    Evaluation both = evaluator.evaluate(SPEC, steadyFailing(i -> i % 20 == 0 ? EMFILE : PREMATURE_CLOSE), SyntheticRun.plan(200));
    assertEquals(Verdict.INVALID, both.verdict());
    assertEquals(descriptorsRanOut("steady", 290), both.phases().get(0).finding());
    assertEquals(Verdict.INVALID, both.result("errors").orElseThrow().verdict());
  }

  @Test
  void onlyTheJudgedPhasesCount() {
    // the warm-up ran out of descriptors; the objectives judge steady, which was driven honestly
    RunRecord coldStart = new SyntheticRun()
        .load(0, 5_000, 100, "GET /api/items", i -> 800, i -> i % 10 != 0, i -> EMFILE)
        .load(5_000, 35_000, 200, "GET /api/items", SyntheticRun.lognormal(2, 8), i -> true)
        .load(35_000, 40_000, 100, "GET /api/items", i -> 3, i -> true)
        .build();
    Evaluation steadyOnly = evaluator.evaluate(SPEC, coldStart, SyntheticRun.plan(200));
    assertEquals(Verdict.PASS, steadyOnly.verdict());
    assertEquals(List.of("steady"), steadyOnly.phases().stream().map(PhaseValidity::phase).toList());

    Evaluation everyPhase = evaluator.evaluate(Specs.of("{name: errors, kind: error-rate, max: 20%, phases: all}"), coldStart,
        SyntheticRun.plan(200));
    assertEquals(Verdict.INVALID, everyPhase.verdict());
    assertTrue(everyPhase.results().get(0).reason() instanceof Reason.InvalidLoad invalid && invalid.phase().finding()
        .equals(descriptorsRanOut("warm-up", 40)),
        String.valueOf(everyPhase.results().get(0).reason()));
  }

  @Test
  void withoutAPlanTheWholeRunIsCheckedForInjectorLocalFailures() {
    Evaluation unplanned = evaluator.evaluate(SPEC, steadyFailing(i -> EMFILE));
    assertEquals(Verdict.INVALID, unplanned.verdict());
    assertEquals(LoadStatus.INVALID, unplanned.phases().get(0).status());
    PhaseValidity whole = unplanned.phases().get(0);
    assertEquals(new LoadFinding.InjectorFaults(PhaseWindow.WHOLE_RUN, Map.of(Cause.FILE_DESCRIPTORS, 600L), Optional.empty(),
        Optional.of(new LoadFinding.NoPlan(whole.achievedArrivals()))), whole.finding());
    // the same run without a plan and with the target's failures is judged, as before
    Evaluation target = evaluator.evaluate(SPEC, steadyFailing(i -> SyntheticRun.TARGET_FAILURE));
    assertEquals(LoadStatus.NOT_CHECKED, target.phases().get(0).status());
    assertEquals(Verdict.FAIL, target.result("errors").orElseThrow().verdict());
  }

  @Test
  void aLogReadInWindowsIsJudgedAsTheFullRecordIs() {
    RunPlan plan = SyntheticRun.plan(200);
    for (String message : List.of(EMFILE, SyntheticRun.TARGET_FAILURE, PREMATURE_CLOSE)) {
      Path log = writeLog(folder.resolve("local-" + Math.abs(message.hashCode()) + "/simulation.log"), message);
      String runId = log.getParent().getFileName().toString();
      RunRecord record = SimulationLogReader.read(log, runId);
      Evaluation full = evaluator.evaluate(SPEC, record, plan);
      Evaluation streamed = evaluator.evaluate(SPEC, StreamingEvaluationTest.windowed(log, plan), plan);
      assertSameEvaluation(full, streamed);
      assertEquals(message.equals(EMFILE) ? Verdict.INVALID : Verdict.FAIL, streamed.result("errors").orElseThrow().verdict(), message);

      Evaluation fullUnplanned = evaluator.evaluate(SPEC, record);
      Evaluation streamedUnplanned = evaluator.evaluate(SPEC,
          SimulationLogReader.readWindowed(log, runId, ReadOptions.strict(), CutPoints.wholeRun()));
      assertSameEvaluation(fullUnplanned, streamedUnplanned);
      assertEquals(message.equals(EMFILE) ? LoadStatus.INVALID : LoadStatus.NOT_CHECKED, streamedUnplanned.phases().get(0).status(), message);
    }
    Evaluation invalid = evaluator.evaluate(SPEC, StreamingEvaluationTest.windowed(writeLog(folder.resolve("emfile/simulation.log"), EMFILE),
        plan), plan);
    assertEquals(descriptorsRanOut("steady", 580), invalid.phases().get(0).finding());
  }

  /**
   * A phase driven as planned whose injector ran out of file descriptors ({@code failed} requests); reports word it
   * "the injector ran out of file descriptors in steady (580 requests failed locally; raise `ulimit -n` or lower the
   * rate)".
   */
  private static LoadFinding descriptorsRanOut(String phase, long failed) {
    return new LoadFinding.InjectorFaults(phase, Map.of(Cause.FILE_DESCRIPTORS, failed), Optional.empty(), Optional.empty());
  }

  /** The run {@link SyntheticRun#plan}(200) describes as a Gatling log, every tenth steady request failing with {@code message}. */
  private static Path writeLog(Path file, String message) {
    long start = SyntheticRun.EPOCH_START;
    try (SyntheticLogWriter log = SyntheticLogWriter.create(file, "dev.slogate.SyntheticSimulation", start, List.of("scenario"))) {
      int steady = 0;
      for (long[] phase : new long[][] {{0, 5_000, 100}, {5_000, 35_000, 200}, {35_000, 40_000, 100}}) {
        long count = (phase[1] - phase[0]) / 1000 * phase[2];
        for (long k = 0; k < count; k++) {
          long time = start + phase[0] + k * 1000 / phase[2];
          boolean ok = phase[2] != 200 || steady++ % 10 != 0;
          log.user(0, true, time);
          log.request(List.of(), "GET /api/items", time, time + 3, ok, ok ? "" : message);
          log.user(0, false, time + 3);
        }
      }
    }
    return file;
  }
}
