package dev.slogate.reports.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.eval.HealthFinding;
import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.eval.LoadFinding.Pace;
import dev.slogate.slo.eval.MeasureUnit;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.Note;
import dev.slogate.slo.eval.PhaseHealth;
import dev.slogate.slo.eval.PhaseHealth.HealthStatus;
import dev.slogate.slo.eval.PhaseScope;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.Reason;
import dev.slogate.slo.eval.ScheduleLag;
import dev.slogate.slo.eval.Summary;
import dev.slogate.slo.eval.Threshold;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.RequestSelector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every kind of reason and note the evaluator returns, worded from its figures. The slo tests assert the figures of
 * real evaluations ({@code InjectorLocalFailuresTest}, {@code StreamingEvaluationTest}, {@code MostlyFailedWarningTest},
 * {@code InjectorHealthTest}, {@code BaselineComparisonTest}); these assert the sentences those figures read as. The
 * evaluator tests under this module's {@code dev.slogate.slo} packages assert the sentences of whole evaluations.
 */
class WordsTest {

  private static final PhaseScope STEADY = new PhaseScope(PhaseScope.Kind.PHASES, List.of("steady"), List.of());

  private static PhaseValidity invalid(String phase, LoadFinding finding) {
    return new PhaseValidity(new PhaseWindow(phase, Optional.empty(), 0, 10, OptionalDouble.empty(), OptionalDouble.empty()),
        LoadStatus.INVALID, 0, OptionalDouble.empty(), finding);
  }

  private static Measurement millis(double estimate, Double low, Double high, long samples) {
    return new Measurement(MeasureUnit.MILLISECONDS, estimate, low, high, low, high, 0.95, samples, 0);
  }

  @Test
  void aPhaseWhoseHealthIsUnknownIsSaidOnce() {
    assertEquals("Injector health not recorded: no timeline of slogate's sampler came with this run, so connection-level "
        + "failures count against the target.", Words.note(new Note.HealthNotRecorded(new PhaseHealth(
            HealthStatus.NOT_RECORDED, Optional.empty(), new HealthFinding.NoTimeline()))));
    assertEquals("Injector health not recorded in steady: the sampler recorded none of its seconds, so connection-level "
        + "failures count against the target.", Words.note(new Note.HealthNotRecorded(new PhaseHealth(
            HealthStatus.NOT_RECORDED, Optional.empty(), new HealthFinding.NoSecondSampled("steady")))));
  }

  @Test
  void anObjectiveOnAnInvalidPhaseNamesTheCauseAndWhatWasMeasured() {
    Measurement tenPercent = new Measurement(MeasureUnit.RATIO, 0.1, 0.09, 0.11, 0.09, 0.11, 0.95, 5_800, 2_995);
    assertEquals("The injector ran out of file descriptors in steady (580 requests failed locally; raise `ulimit -n` or "
        + "lower the rate), so this objective is neither passed nor failed (measured error rate 10%).",
        Words.reason(new Reason.InvalidLoad(invalid("steady", new LoadFinding.InjectorFaults("steady",
            Map.of(Cause.FILE_DESCRIPTORS, 580L), Optional.empty(), Optional.empty())), "error rate", tenPercent)));
    PhaseValidity behind = invalid("steady", new LoadFinding.Arrivals("steady", Pace.BELOW, 950, 1_520));
    assertEquals("The injector did not reach the planned rate in steady: 950 of 1,520 planned arrivals (63%), so this "
        + "objective is neither passed nor failed (measured p50 12 ms).",
        Words.reason(new Reason.InvalidLoad(behind, "p50", millis(12, 11.0, 13.0, 950))));
    assertEquals("The injector did not reach the planned rate in steady: 950 of 1,520 planned arrivals (63%), so this "
        + "objective is neither passed nor failed.",
        Words.reason(new Reason.InvalidLoad(behind, "p50", Measurement.none(MeasureUnit.MILLISECONDS, 0.95, 299))));
  }

  @Test
  void anIncompleteRecordSaysWhatTheDataSeenWouldHaveGiven() {
    Reason passed = new Reason.LatencyDecided(50, "all requests", STEADY, millis(12, 11.0, 13.0, 950),
        new Threshold(Comparison.LESS, 1_000, MeasureUnit.MILLISECONDS), Verdict.PASS);
    assertEquals("The run record is incomplete (the log ended early), so this cannot pass; on the data seen: p50 of all "
        + "requests in steady was 12 ms (95% CI 11–13 ms, n=950), below the 1,000 ms target.",
        Words.reason(new Reason.IncompleteRecord(passed)));
  }

  @Test
  void decidedSentencesNameTheBoundThatDecidedWhenTheIntervalCrossesTheThreshold() {
    Measurement crossing = new Measurement(MeasureUnit.MILLISECONDS, 105.0, 95.0, 120.0, 101.0, 118.0, 0.95, 5_800, 299);
    assertEquals("p99 of all requests in steady was 105 ms (95% CI 95–120 ms, n=5,800), at or above the 100 ms target "
        + "(its one-sided 95% bound, 101 ms, decides).", Words.reason(new Reason.LatencyDecided(99, "all requests", STEADY,
            crossing, new Threshold(Comparison.LESS, 100, MeasureUnit.MILLISECONDS), Verdict.FAIL)));
    Measurement errors = new Measurement(MeasureUnit.RATIO, 0.01, 0.0076, 0.0129, 0.008, 0.0124, 0.95, 5_800, 2_995);
    assertEquals("Error rate of all requests in steady was 1% (58 of 5,800 failed; 95% CI 0.76–1.29%), above the 0.1% "
        + "maximum.", Words.reason(new Reason.ShareDecided(false, "all requests", STEADY, 58, errors,
            new Threshold(Comparison.LESS_OR_EQUAL, 0.001, MeasureUnit.RATIO), Verdict.FAIL)));
    Measurement noInterval = new Measurement(MeasureUnit.PER_SECOND, 200.0, null, null, 190.0, 210.0, 0.95, 5_800, 0);
    assertEquals("Throughput of all requests in steady was 200/s (too few samples for a 95% CI, 5,800 successful in 29 s), "
        + "too close to the 200/s minimum to decide at 95% confidence.", Words.reason(new Reason.ThroughputDecided(
            "all requests", STEADY, 29, noInterval, new Threshold(Comparison.GREATER_OR_EQUAL, 200, MeasureUnit.PER_SECOND),
            Verdict.INCONCLUSIVE)));
    assertEquals("p50 of failover time over 7 faults was 1,200 ms (95% CI 1,000–1,500 ms, n=7 faults), at or below the "
        + "5,000 ms maximum.", Words.reason(new Reason.FailoverPercentileDecided(50, millis(1_200, 1_000.0, 1_500.0, 7),
            new Threshold(Comparison.LESS_OR_EQUAL, 5_000, MeasureUnit.MILLISECONDS), Verdict.PASS)));
  }

  @Test
  void withoutDataTheSentenceSaysWhatWasMissing() {
    assertEquals("No whole second in the whole run (no run plan; its partial first and last seconds left out) to measure "
        + "throughput over.", Words.reason(new Reason.NoWholeSecond(
            new PhaseScope(PhaseScope.Kind.WHOLE_RUN_INTERIOR, List.of("whole-run"), List.of("all")))));
    assertEquals("No successful request of GET /x (successful only) in steady, so there is no latency to judge.",
        Words.reason(new Reason.NoSuccessfulRequest("GET /x (successful only)", STEADY)));
    assertEquals("No group matched 'checkout/*' in steady (groups seen: a, b, c, d, e, …).", Words.reason(
        new Reason.NoMatch(RequestSelector.group("checkout/*"), STEADY, List.of("a", "b", "c", "d", "e", "f"))));
    assertEquals("No request matched 'GET /x' in the whole run (no run plan, so 'steady, spike' is the whole run, warm-up "
        + "included) (no requests seen).", Words.reason(new Reason.NoMatch(RequestSelector.request("GET /x"),
            new PhaseScope(PhaseScope.Kind.WHOLE_RUN_FOR_ASKED, List.of("whole-run"), List.of("steady", "spike")),
            List.of())));
    assertEquals("The run plan has no phase matching 'fault' (its phases: warm-up, base (steady)), so nothing was judged.",
        Words.reason(new Reason.NothingSelected(List.of("fault"), List.of(
            Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 10), Phase.constant("base", PhaseKind.STEADY, 5_000, 30_000, 10)))));
    assertEquals("No fault of experiment kill-leader in this run, so failover time could not be measured.",
        Words.reason(new Reason.NoFault("kill-leader")));
  }

  @Test
  void tooFewSamplesSayWhatWasNeededAndWhatWasMeasuredAnyway() {
    assertEquals("Only 100 requests of all requests in steady were seen: showing availability >= 99.9% at 95% confidence "
        + "needs at least 2,995 requests.", Words.reason(new Reason.TooFewToShow(true, 2, 100, "all requests", STEADY,
            new Threshold(Comparison.GREATER_OR_EQUAL, 0.999, MeasureUnit.RATIO), 0.95, 2_995)));
    assertEquals("Only 3 faults in this run: p50 of failover time at 95% confidence needs at least 5 (measured 1.2 s).",
        Words.reason(new Reason.TooFew(Reason.Counted.FAULTS, 3, null, null, 50.0, 0.95, 5, 1_200, MeasureUnit.MILLISECONDS,
            Reason.Shown.DURATION)));
    assertEquals("Only 1 faults in this run: this objective (minSamples) needs at least 3 (measured 1.25 s at worst).",
        Words.reason(new Reason.TooFew(Reason.Counted.FAULTS, 1, null, null, null, 0.95, 3, 1_250, MeasureUnit.MILLISECONDS,
            Reason.Shown.WORST_DURATION)));
    assertEquals("Only 40 requests of all requests in steady: this objective (minSamples) needs at least 100 (measured "
        + "0.5/s in the worst window).", Words.reason(new Reason.TooFew(Reason.Counted.REQUESTS, 40, "all requests", STEADY,
            null, 0.95, 100, 0.5, MeasureUnit.PER_SECOND, Reason.Shown.WORST_WINDOW)));
    assertEquals("Only 12 successful requests of all requests in steady: this objective (minSamples) needs at least 50 "
        + "(measured 0.4138/s).", Words.reason(new Reason.TooFew(Reason.Counted.SUCCESSFUL_REQUESTS, 12, "all requests",
            STEADY, null, 0.95, 50, 12 / 29.0, MeasureUnit.PER_SECOND, Reason.Shown.VALUE)));
  }

  @Test
  void failoverAndAlertSentences() {
    assertEquals("Failover took at most 1.2 s over 3 faults (worst: pod-kill leader (kill-leader)), within the 5 s maximum.",
        Words.reason(new Reason.FailoverTook("pod-kill leader (kill-leader)", 1_200, 5_000, 3, true)));
    assertEquals("Failover after pod-kill leader (kill-leader) took 7.2 s, above the 5 s maximum (worst of 3 faults).",
        Words.reason(new Reason.FailoverTook("pod-kill leader (kill-leader)", 7_200, 5_000, 3, false)));
    assertEquals("Failed requests of all requests in steady peaked at 0/s in the worst 10 s window (0 failed; 1 window "
        + "looked at), within the 1/s maximum: the alert would not have fired on this run's requests.",
        Words.reason(new Reason.AlertRule("all requests", STEADY, 0, 10, 0, 0, "steady", 1, 1, false)));
  }

  @Test
  void mostlyFailedRunsAreALoudNote() {
    assertEquals("WARNING: 1,933 of 2,900 judged requests (67%) failed; no objective of this SLO file judges failed "
        + "requests; an error-rate objective (for example kind: error-rate, max: 1%) would fail this run.",
        Words.note(new Note.MostlyFailed(1_933, 2_900, List.of())));
    assertEquals("WARNING: 1,933 of 2,900 judged requests (67%) failed; the objectives that judge failed requests: alert.",
        Words.note(new Note.MostlyFailed(1_933, 2_900, List.of("alert"))));
  }

  @Test
  void gatlingsOwnErrorsAreCounted() {
    assertEquals("Gatling reported 34 errors of its own (crashed actions or failed expressions) that produced no request.",
        Words.note(new Note.GatlingErrors(34)));
    assertEquals("Gatling reported 1 error of its own (crashed actions or failed expressions) that produced no request.",
        Words.note(new Note.GatlingErrors(1)));
  }

  @Test
  void aRiseBeyondItsAllowanceIsARegressionAndStaysOneWhenOverruled() {
    Measurement rise = new Measurement(MeasureUnit.MILLISECONDS, 120.0, 110.0, 130.0, 112.0, 128.0, 0.95, 1_600, 59);
    Reason regression = new Reason.RiseCompared(95, "all requests", List.of("steady"), 5, 125, rise, 7, "healthy-a", 0.2,
        1, Verdict.FAIL);
    String sentence = "p95 of all requests in steady went from 5 ms in baseline run healthy-a to 125 ms: +120 ms, +2400% "
        + "(95% CI +110 ms to +130 ms), more than the 7 ms allowed: a regression (20% of the baseline + 1 ms).";
    assertEquals(sentence, Words.reason(regression));
    assertEquals("The injector did not reach the planned rate in steady: 1,600 of 3,200 planned arrivals (50%), so the "
        + "comparison is neither passed nor failed; " + sentence, Words.reason(new Reason.ComparisonOnInvalidLoad(
            invalid("steady", new LoadFinding.Arrivals("steady", Pace.BELOW, 1_600, 3_200)),
            regression)));
    Reason within = new Reason.RiseCompared(95, "all requests", List.of(), 5, 5.5, millis(0.5, -1.0, 2.0, 1_600), 2,
        "healthy-a", 0.2, 1, Verdict.PASS);
    assertEquals("The run record is incomplete, so this cannot pass; on the data seen: p95 of all requests went from 5 ms "
        + "in baseline run healthy-a to 5.5 ms: +0.5 ms, +10% (95% CI -1 ms to +2 ms), within the 2 ms allowed (20% of the "
        + "baseline + 1 ms).", Words.reason(new Reason.ComparisonOnIncompleteRecord(within)));
  }

  @Test
  void relativeObjectivesWithoutAComparisonSayWhy() {
    assertEquals("No baseline run to compare with, so this relative objective is inconclusive.",
        Words.reason(new Reason.NoBaseline()));
    assertEquals("The baseline cannot be compared with this run (it ran another simulation), so this relative objective "
        + "is inconclusive.", Words.reason(new Reason.BaselineRefused("it ran another simulation")));
    assertEquals("The run plan has no phase this percentile is judged on, so it was not compared.",
        Words.reason(new Reason.NoPhaseToCompare()));
    assertEquals("Too few requests of GET /api/* in steady to compare p99: this run has 120, at least 299 are needed.",
        Words.reason(new Reason.TooFewToCompare(99, "GET /api/*", List.of("steady"), false, 120, 299)));
    assertEquals("Too few requests of GET /api/* in warm-up + steady to compare p99: the baseline has 1,120, at least "
        + "2,999 are needed.", Words.reason(new Reason.TooFewToCompare(99, "GET /api/*", List.of("warm-up", "steady"),
            true, 1_120, 2_999)));
    assertEquals("Too short to compare p99.9 of all requests: 3 judged seconds, at least 5 are needed to see how much "
        + "seconds vary.", Words.reason(new Reason.TooShortToCompare(99.9, "all requests", List.of(), 3, 5)));
  }

  @Test
  void theBaselineComparisonSaysWhatWasComparedOrWhyNot() {
    assertEquals("No baseline: no regression comparison was made (give --baseline, or pin one for the nightly gate).",
        Words.regression(Regression.none()));
    assertEquals("No baseline: a comparison was asked for but no baseline run was found, so the relative objectives are "
        + "inconclusive.", Words.regression(new Regression(Regression.Status.NO_BASELINE, null, null, null,
            RegressionCriteria.defaults().withRequired(true), List.of(), null)));
    assertEquals("Baseline run other-system refused: the baseline was judged for system shop, this run for "
        + "reference-stack.", Words.regression(new Regression(Regression.Status.REFUSED, "other-system", "other-system",
            "the baseline was judged for system shop, this run for reference-stack", RegressionCriteria.defaults(),
            List.of(), null)));
    assertEquals("Compared with baseline run shop-baseline (baselines/shop): each percentile may rise by 10% of the "
        + "baseline plus 1 ms (the log's resolution).", Words.regression(new Regression(Regression.Status.COMPARED,
            "shop-baseline", "baselines/shop", null, RegressionCriteria.defaults(), List.of(), null)));
  }

  @Test
  void summariesCountTheVerdictsAndNameAllButThePasses() {
    assertEquals("FAIL: of 2 objectives, 1 failed (steady-p99), 1 invalid (fault-errors).", Words.summary(new Summary(
        Verdict.FAIL, Map.of(Verdict.FAIL, List.of("steady-p99"), Verdict.INVALID, List.of("fault-errors")), 0, true)));
    assertEquals("INVALID: the run record is incomplete; of 3 objectives, 1 invalid (p50), 2 passed. 1 not covered.",
        Words.summary(new Summary(Verdict.INVALID, Map.of(Verdict.INVALID, List.of("p50"), Verdict.PASS,
            List.of("p99", "errors")), 1, false)));
    assertEquals("PASS: all 1 judged objective passed. 1 not covered.",
        Words.summary(new Summary(Verdict.PASS, Map.of(Verdict.PASS, List.of("p99")), 1, true)));
    assertEquals("INCONCLUSIVE: no objective could be judged.", Words.summary(new Summary(Verdict.INCONCLUSIVE, Map.of(), 0, true)));
  }

  @Test
  void thresholdsAndScheduleLags() {
    assertEquals(">= 99.9%", Words.threshold(new Threshold(Comparison.GREATER_OR_EQUAL, 0.999, MeasureUnit.RATIO)));
    assertEquals("< 100 ms", Words.threshold(new Threshold(Comparison.LESS, 100, MeasureUnit.MILLISECONDS)));
    assertEquals("max 1.8 s, p99 1.2 s, 600 ms allowed", Words.scheduleLag(new ScheduleLag(1_800, 1_200, 600)));
  }

  @Test
  void everyComparisonSaysHowAMetAndAMissedValueStand() {
    assertEquals(List.of("below", "at or below", "above", "at or above"),
        List.of(Comparison.values()).stream().map(Reasons::met).toList());
    assertEquals(List.of("at or above", "above", "at or below", "below"),
        List.of(Comparison.values()).stream().map(Reasons::missed).toList());
  }
}
