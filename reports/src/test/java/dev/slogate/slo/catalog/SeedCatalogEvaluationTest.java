package dev.slogate.slo.catalog;

import static dev.slogate.slo.eval.Verdict.FAIL;
import static dev.slogate.slo.eval.Verdict.INCONCLUSIVE;
import static dev.slogate.slo.eval.Verdict.PASS;
import static dev.slogate.slo.plan.PhaseKind.COOL_DOWN;
import static dev.slogate.slo.plan.PhaseKind.FAULT;
import static dev.slogate.slo.plan.PhaseKind.RECOVERY;
import static dev.slogate.slo.plan.PhaseKind.STEADY;
import static dev.slogate.slo.plan.PhaseKind.WARM_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.catalog.SyntheticSeedRun.Traffic;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each seed catalog judged on synthetic runs shaped like its simulation's, at the scaled workload a local run
 * uses: a healthy run passes what a load run can show, a degraded one fails, and what a run of that shape
 * cannot decide is INCONCLUSIVE with the reason, never a PASS.
 */
class SeedCatalogEvaluationTest {

  private static final Evaluator EVALUATOR = new Evaluator();

  @Test
  void seiHealthyAtScale100PassesLatencyThroughputAndErrors() {
    SyntheticSeedRun run = seiRun(SyntheticSeedRun.healthy("GET /api/projects", 5, 60));
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("sei-platform"), run.record(), run.plan(100));

    Map<String, Verdict> expected = new LinkedHashMap<>();
    expected.put("api-p50", PASS);
    expected.put("api-p95", PASS);
    expected.put("api-p99", PASS);
    expected.put("throughput", PASS);
    expected.put("error-rate", PASS);
    expected.put("uptime", PASS);
    expected.put("server-error-alert", PASS);
    expected.put("latency-alert", PASS);
    expected.put("zero-downtime-deployment", INCONCLUSIVE);
    assertEquals(expected, verdicts(evaluation));
    // 10,000/s scaled by 100 is 100/s; 105/s planned shows it.
    assertTrue(reason(evaluation, "throughput").contains("above the 100/s minimum"), reason(evaluation, "throughput"));
    // 0.05 failures/s over 5 minutes becomes 0.0005/s over 3 s: no failed request in any 3 s window, so the
    // alert's rule would not have fired.
    assertTrue(reason(evaluation, "server-error-alert").endsWith("within the 0.0005/s maximum: the alert would not have fired on "
        + "this run's requests."), reason(evaluation, "server-error-alert"));
    assertTrue(reason(evaluation, "zero-downtime-deployment").startsWith("The run plan has no phase matching 'fault'"),
        reason(evaluation, "zero-downtime-deployment"));
    assertTrue(Words.notes(evaluation).stream().anyMatch(n -> n.startsWith("The run plan scales the documented workload down by 100")
        && n.contains("throughput min 10,000/s → 100/s") && n.contains("server-error-alert max 0.05/s over 300 s → 0.0005/s over 3 s")),
        Words.notes(evaluation).toString());
    assertEquals(16, evaluation.notCovered().size());
  }

  @Test
  void seiWithSlowResponsesFailsTheLatencyTargetsButNotTheLooserAlert() {
    SyntheticSeedRun run = seiRun(SyntheticSeedRun.healthy("GET /api/projects", 600, 700));
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("sei-platform"), run.record(), run.plan(100));

    Map<String, Verdict> verdicts = verdicts(evaluation);
    assertEquals(FAIL, verdicts.get("api-p50"));
    assertEquals(FAIL, verdicts.get("api-p95"));
    assertEquals(PASS, verdicts.get("api-p99"), reason(evaluation, "api-p99"));
    assertEquals(PASS, verdicts.get("latency-alert"));
    assertEquals(FAIL, evaluation.verdict());
  }

  @Test
  void seiWithOnePercentFailuresFailsErrorRateUptimeAndTheAlert() {
    SyntheticSeedRun run = seiRun(SyntheticSeedRun.mix(List.of("GET /api/projects"), 5, 60, 100));
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("sei-platform"), run.record(), run.plan(100));

    Map<String, Verdict> verdicts = verdicts(evaluation);
    assertEquals(FAIL, verdicts.get("error-rate"));
    assertEquals(FAIL, verdicts.get("uptime"));
    // No run can show the scaled alert holds, but one can show it does not.
    assertEquals(FAIL, verdicts.get("server-error-alert"), reason(evaluation, "server-error-alert"));
    assertEquals(PASS, verdicts.get("api-p95"));
  }

  @Test
  void kgasHealthyAtScale100PassesBaseAndSpike() {
    SyntheticSeedRun run = kgasRun(SyntheticSeedRun.healthy("POST /api/extract", 20, 120), SyntheticSeedRun.healthy("POST /api/extract", 20, 150));
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("kgas"), run.record(), run.plan(100));

    Map<String, Verdict> expected = new LinkedHashMap<>();
    expected.put("p95-latency", PASS);
    expected.put("extract-error-rate", PASS);
    expected.put("uptime", PASS);
    expected.put("recovery-time", INCONCLUSIVE);
    expected.put("spike-throughput", PASS);
    expected.put("spike-p95-latency", PASS);
    expected.put("spike-error-rate", PASS);
    expected.put("zero-downtime-deployment", INCONCLUSIVE);
    assertEquals(expected, verdicts(evaluation));
    assertTrue(reason(evaluation, "spike-throughput").contains("in spike"), reason(evaluation, "spike-throughput"));
    assertTrue(reason(evaluation, "spike-p95-latency").contains("in spike-ramp + spike"), reason(evaluation, "spike-p95-latency"));
    assertEquals("No fault in this run, so failover time could not be measured.", reason(evaluation, "recovery-time"));
    assertEquals(15, evaluation.notCovered().size());
  }

  @Test
  void kgasSlowingDownUnderTheSpikeFailsTheSpikeLatency() {
    SyntheticSeedRun run = kgasRun(SyntheticSeedRun.healthy("POST /api/extract", 20, 120), SyntheticSeedRun.healthy("POST /api/extract", 250, 400));
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("kgas"), run.record(), run.plan(100));

    Map<String, Verdict> verdicts = verdicts(evaluation);
    assertEquals(FAIL, verdicts.get("spike-p95-latency"));
    assertEquals(FAIL, verdicts.get("p95-latency"), "steady-kind phases include the spike");
    assertEquals(PASS, verdicts.get("spike-throughput"));
    assertEquals(PASS, verdicts.get("spike-error-rate"));
    assertEquals(FAIL, evaluation.verdict());
  }

  @Test
  void kgasRecoveryTimeIsJudgedOnTheFaultsOfTheRun() {
    SloSpec spec = SloSpecs.loadCatalog("kgas").only(o -> o.name().equals("recovery-time"));
    long injected = SyntheticSeedRun.EPOCH_START + 60_000;
    ChaosTimeline quick = new ChaosTimeline(List.of(new FaultWindow("kgas-rolling-restart", "restart replica-1", injected,
        injected + 5_000, injected + 200, 4_000L, 3_000, 12)), List.of());
    ChaosTimeline slow = new ChaosTimeline(List.of(new FaultWindow("kgas-rolling-restart", "restart replica-1", injected,
        null, injected + 200, 960_000L, 959_000, 9_000)), List.of());
    SyntheticSeedRun run = kgasRun(SyntheticSeedRun.healthy("POST /api/extract", 20, 120), SyntheticSeedRun.healthy("POST /api/extract", 20, 120));
    var record = run.record();

    assertEquals(PASS, EVALUATOR.evaluate(spec, record, run.plan(100), quick).verdict());
    // 16 minutes: a failover time is never scaled, so the 15-minute MTTR holds as written.
    assertEquals(FAIL, EVALUATOR.evaluate(spec, record, run.plan(100), slow).verdict());
  }

  @Test
  void kecsAtFullScaleShowsTheErrorAlertHoldsAndCatchesABurst() {
    List<String> mix = List.of("GET /health", "GET /health/ready", "POST /v1/ListClusters", "POST /v1/DescribeTasks");
    SyntheticSeedRun healthy = kecsRun(SyntheticSeedRun.mix(mix, 2, 40, 0), SyntheticSeedRun.mix(mix, 2, 40, 0));
    Evaluation pass = EVALUATOR.evaluate(SloSpecs.loadCatalog("kecs"), healthy.record(), healthy.plan(1));

    Map<String, Verdict> expected = new LinkedHashMap<>();
    expected.put("api-error-alert", PASS);
    expected.put("liveness-probe-timeout", PASS);
    expected.put("readiness-probe-timeout", PASS);
    expected.put("lb-server-timeout", PASS);
    expected.put("replica-failover", INCONCLUSIVE);
    assertEquals(expected, verdicts(pass));
    assertEquals("Failed requests of all requests in steady + steady-end peaked at 0/s in the worst 300 s window (0 failed; "
            + "100 windows looked at), within the 0.1/s maximum: the alert would not have fired on this run's requests.",
        reason(pass, "api-error-alert"));

    // A third of the requests failing for the last 10 s: 65 failures in one 5-minute window, 0.22/s, clearly above 0.1/s.
    SyntheticSeedRun burst = kecsRun(SyntheticSeedRun.mix(mix, 2, 40, 0), SyntheticSeedRun.mix(mix, 2, 40, 3));
    Evaluation fail = EVALUATOR.evaluate(SloSpecs.loadCatalog("kecs"), burst.record(), burst.plan(1));
    assertEquals(FAIL, verdicts(fail).get("api-error-alert"), reason(fail, "api-error-alert"));
    assertTrue(reason(fail, "api-error-alert").endsWith("above the 0.1/s maximum: the alert would have fired."), reason(fail, "api-error-alert"));
  }

  @Test
  void fleetQProbeTimeoutsAndLeaderFailover() {
    SyntheticSeedRun run = new SyntheticSeedRun()
        .phase("warm-up", WARM_UP, 5, 20, SyntheticSeedRun.healthy("GET /health", 1, 10))
        .phase("steady", STEADY, 60, 20, SyntheticSeedRun.mix(List.of("GET /health", "GET /admin/leader", "GET /admin/queue"), 1, 30, 0));
    var record = run.record();
    long injected = SyntheticSeedRun.EPOCH_START + 30_000;
    ChaosTimeline reElected = new ChaosTimeline(List.of(new FaultWindow("fleet-q-kill-leader", "kill leader", injected,
        null, injected + 500, 19_000L, 18_500, 0)), List.of());
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("fleet-q"), record, run.plan(10), reElected);

    Map<String, Verdict> expected = new LinkedHashMap<>();
    expected.put("readiness-probe-timeout", PASS);
    expected.put("liveness-probe-timeout", PASS);
    expected.put("leader-failover", PASS);
    expected.put("orphaned-work-requeue", INCONCLUSIVE);
    assertEquals(expected, verdicts(evaluation));
    assertTrue(reason(evaluation, "readiness-probe-timeout").startsWith("p99 of GET /health in steady"), reason(evaluation, "readiness-probe-timeout"));
    assertEquals("No fault of experiment fleet-q-requeue-orphans in this run, so failover time could not be measured.",
        reason(evaluation, "orphaned-work-requeue"));
    assertEquals(13, evaluation.notCovered().size());
  }

  @Test
  void fleetQFailoverMaximaFollowTheStandInsTimings() {
    SyntheticSeedRun run = new SyntheticSeedRun()
        .phase("steady", STEADY, 60, 20, SyntheticSeedRun.mix(List.of("GET /health", "GET /admin/leader"), 1, 30, 0));
    long injected = SyntheticSeedRun.EPOCH_START + 30_000;
    ChaosTimeline faults = new ChaosTimeline(List.of(
        new FaultWindow("fleet-q-requeue-orphans", "pod-kill leader", injected, null, injected, 12_000L, 12_000, 0),
        new FaultWindow("fleet-q-kill-leader", "pod-kill leader", injected + 20_000, null, injected + 20_000, 8_000L, 8_000, 0)),
        List.of());
    SloSpec spec = SloSpecs.loadCatalog("fleet-q").only(o -> o.name().endsWith("-failover") || o.name().endsWith("-requeue"));

    // Against a real deployment (time scale 1): 8 s and 12 s are far inside 210 s and 510 s.
    assertEquals(Map.of("leader-failover", PASS, "orphaned-work-requeue", PASS),
        verdicts(EVALUATOR.evaluate(spec, run.record(), run.plan(1, 1), faults)));
    // Against the stand-in that runs the ConfigMap 30x faster: 7 s and 17 s; a new leader after 8 s is late.
    Evaluation standIn = EVALUATOR.evaluate(spec, run.record(), run.plan(1, 30), faults);
    assertEquals(Map.of("leader-failover", FAIL, "orphaned-work-requeue", PASS), verdicts(standIn));
    assertEquals("Failover after pod-kill leader (fleet-q-kill-leader) took 8 s, above the 7 s maximum.",
        reason(standIn, "leader-failover"));
    assertTrue(Words.notes(standIn).contains("The target is a stand-in that runs the guide's own timings 30 times faster, so "
        + "failover maxima that follow from them were divided by 30 (leader-failover max 210 s → 7 s; orphaned-work-requeue "
        + "max 510 s → 17 s); against a real deployment they hold as written."), Words.notes(standIn).toString());
  }

  @Test
  void reconciliationRollingRestartWithTwoPercentFailuresKeepsTheAlertQuietButIsNotZeroDowntime() {
    Traffic steady = SyntheticSeedRun.healthy("GET /api/reconciliations", 10, 200);
    SyntheticSeedRun run = new SyntheticSeedRun()
        .phase("warm-up", WARM_UP, 5, 50, steady)
        .phase("steady", STEADY, 60, 50, steady)
        .phase("fault", FAULT, 60, 50, SyntheticSeedRun.mix(List.of("GET /api/reconciliations"), 10, 400, 50))
        .phase("recovery", RECOVERY, 20, 50, steady);
    Evaluation evaluation = EVALUATOR.evaluate(SloSpecs.loadCatalog("reconciliation-platform"), run.record(), run.plan(10));

    Map<String, Verdict> expected = new LinkedHashMap<>();
    expected.put("error-rate-alert", PASS);
    expected.put("response-time-alert", PASS);
    expected.put("zero-downtime-rollout", FAIL);
    assertEquals(expected, verdicts(evaluation));
    assertTrue(reason(evaluation, "zero-downtime-rollout").contains("59 of 2,950 failed"), reason(evaluation, "zero-downtime-rollout"));
  }

  /** SeiLoad at scale 100: 10,000/s becomes 100/s, planned 5% above so that the minimum can be shown. */
  private static SyntheticSeedRun seiRun(Traffic steady) {
    return new SyntheticSeedRun()
        .phase("warm-up", WARM_UP, 5, 105, SyntheticSeedRun.healthy("GET /api/projects", 300, 900))
        .phase("steady", STEADY, 60, 105, steady)
        .phase("cool-down", COOL_DOWN, 2, 105, steady);
  }

  /** KgasLoad at scale 100: a 10/s base (1,000/s), a 3 s ramp (5 minutes) to a spike of 105/s (10x, plus 5%). */
  private static SyntheticSeedRun kgasRun(Traffic base, Traffic spike) {
    return new SyntheticSeedRun()
        .phase("warm-up", WARM_UP, 5, 10, base)
        .phase("steady", STEADY, 300, 10, base)
        .ramp("spike-ramp", STEADY, 3, 10, 105, spike)
        .phase("spike", STEADY, 40, 105, spike)
        .ramp("spike-down", RECOVERY, 3, 105, 10, base)
        .phase("recovery", RECOVERY, 10, 10, base);
  }

  /**
   * KecsLoad at scale 1 (the guide documents no rate): 20/s for 400 s of steady (399 whole seconds, as the run
   * starts 250 ms into a second), so that 100 five-minute windows fit; {@code late} is the traffic of the last
   * 10 s of steady.
   */
  private static SyntheticSeedRun kecsRun(Traffic steady, Traffic late) {
    return new SyntheticSeedRun()
        .phase("warm-up", WARM_UP, 5, 20, steady)
        .phase("steady", STEADY, 390, 20, steady)
        .phase("steady-end", STEADY, 10, 20, late)
        .phase("cool-down", COOL_DOWN, 2, 20, steady);
  }

  private static Map<String, Verdict> verdicts(Evaluation evaluation) {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (ObjectiveResult result : evaluation.results()) {
      verdicts.put(result.name(), result.verdict());
    }
    return verdicts;
  }

  private static String reason(Evaluation evaluation, String objective) {
    return Words.reason(evaluation.results().stream().filter(r -> r.name().equals(objective)).findFirst().orElseThrow().reason());
  }
}
