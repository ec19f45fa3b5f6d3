package dev.slogate.slo.baseline;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.MeasureUnit;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.eval.RunLevelRules;
import dev.slogate.slo.eval.Threshold;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.eval.Reason;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.TimeSlice;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.LatencyOutcome;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.internal.stats.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Judges relative objectives: each compared percentile may rise at most {@code tolerance × baseline + slack}.
 * The difference (current − baseline) gets a bootstrap interval on the full histograms
 * ({@link PercentileBootstrap}); the verdict follows the same rule as every other objective: PASS when the
 * one-sided upper bound of the rise is within the allowance, FAIL when the lower bound exceeds it,
 * INCONCLUSIVE otherwise.
 */
public final class BaselineComparison {

  private BaselineComparison() {}

  /**
   * @param evaluation the current run's evaluation (its spec names the percentiles compared, its load checks
   *     carry over)
   * @param record the current run's record
   * @param plan the current run's plan, or null
   * @param baseline the baseline, or null when there is none
   */
  public static Regression compare(Evaluation evaluation, RunRecord record, RunPlan plan, Baseline baseline,
      RegressionCriteria criteria) {
    List<LatencyObjective> compared = RelativeObjectives.of(evaluation.spec());
    if (baseline == null) {
      if (!criteria.required()) {
        return Regression.none();
      }
      return new Regression(Regression.Status.NO_BASELINE, null, null, null, criteria,
          undecided(compared, criteria, new Reason.NoBaseline()), null);
    }
    Optional<String> problem = Compatibility.problem(record, plan, evaluation.spec().system(), baseline);
    if (problem.isPresent()) {
      return new Regression(Regression.Status.REFUSED, baseline.runId(), baseline.origin(), problem.get(), criteria,
          undecided(compared, criteria, new Reason.BaselineRefused(problem.get())), baseline);
    }
    List<ObjectiveResult> results = new ArrayList<>();
    for (LatencyObjective objective : compared) {
      results.add(judge(objective, evaluation, record, plan, baseline, criteria));
    }
    return new Regression(Regression.Status.COMPARED, baseline.runId(), baseline.origin(), null, criteria, results, baseline);
  }

  private static List<ObjectiveResult> undecided(List<LatencyObjective> compared, RegressionCriteria criteria, Reason reason) {
    return compared.stream().map(o -> {
      LatencyObjective relative = RelativeObjectives.relative(o, criteria.slackMillis(), null, null, criteria.tolerance());
      return new ObjectiveResult(relative, Verdict.INCONCLUSIVE, reason, "Δp" + RelativeObjectives.percentileText(o.percentile()),
          o.selector().describe(), List.of(), Measurement.none(MeasureUnit.MILLISECONDS, o.judging().confidence(), 0), null);
    }).toList();
  }

  private static ObjectiveResult judge(LatencyObjective base, Evaluation evaluation, RunRecord record, RunPlan plan,
      Baseline baseline, RegressionCriteria criteria) {
    String measure = "Δp" + RelativeObjectives.percentileText(base.percentile());
    String series = base.selector().describe() + (base.outcome() == LatencyOutcome.OK ? " (successful only)" : "");
    double confidence = base.judging().confidence();
    List<PhaseWindow> currentWindows = windows(record, plan, base);
    List<PhaseWindow> baselineWindows = windows(baseline.record(), baseline.plan(), base);
    List<String> phases = currentWindows.stream().map(PhaseWindow::phase).toList();
    List<Histogram> now = perSecond(record, currentWindows, base);
    List<Histogram> before = perSecond(baseline.record(), baselineWindows, base);
    long required = OrderStatistics.minimumSamplesForUpperBound(base.percentile() / 100, confidence);
    LatencyObjective placeholder = RelativeObjectives.relative(base, criteria.slackMillis(), baseline.runId(), baseline.origin(), criteria.tolerance());
    if (phases.isEmpty()) {
      return new ObjectiveResult(placeholder, Verdict.INCONCLUSIVE, new Reason.NoPhaseToCompare(),
          measure, series, phases, Measurement.none(MeasureUnit.MILLISECONDS, confidence, required), null);
    }
    long nowCount = count(now);
    long beforeCount = count(before);
    if (Math.min(nowCount, beforeCount) < required) {
      return new ObjectiveResult(placeholder, Verdict.INCONCLUSIVE, new Reason.TooFewToCompare(base.percentile(), series,
          phases, nowCount >= required, Math.min(nowCount, beforeCount), required),
          measure, series, phases, Measurement.none(MeasureUnit.MILLISECONDS, confidence, required), null);
    }
    int fewestSeconds = Math.min(now.size(), before.size());
    if (fewestSeconds < PercentileBootstrap.MIN_BLOCKS) {
      return new ObjectiveResult(placeholder, Verdict.INCONCLUSIVE, new Reason.TooShortToCompare(base.percentile(), series,
          phases, fewestSeconds, PercentileBootstrap.MIN_BLOCKS),
          measure, series, phases, Measurement.none(MeasureUnit.MILLISECONDS, confidence, required), null);
    }
    long seed = (baseline.runId() + "|" + record.metadata().runId() + "|" + base.name()).hashCode();
    PercentileBootstrap.Difference d = PercentileBootstrap.compare(before, now, base.percentile(), confidence,
        criteria.replicates(), seed);
    double allowed = criteria.tolerance() * d.baseline() + criteria.slackMillis();
    LatencyObjective relative = RelativeObjectives.relative(base, allowed, baseline.runId(), baseline.origin(), criteria.tolerance());
    Threshold target = new Threshold(Comparison.LESS_OR_EQUAL, allowed, MeasureUnit.MILLISECONDS);
    Measurement m = new Measurement(MeasureUnit.MILLISECONDS, d.difference(), d.low(), d.high(), d.lowerBound(),
        d.upperBound(), confidence, nowCount, required);
    Verdict verdict = d.upperBound() <= allowed ? Verdict.PASS : d.lowerBound() > allowed ? Verdict.FAIL : Verdict.INCONCLUSIVE;
    Reason reason = new Reason.RiseCompared(base.percentile(), series, phases, d.baseline(), d.current(), m, allowed,
        baseline.runId(), criteria.tolerance(), criteria.slackMillis(), verdict);
    ObjectiveResult result = new ObjectiveResult(relative, verdict, reason, measure, series, phases, m, target);
    // The evaluator's run-level rules. A rise measured on a phase the injector did not drive as planned is no more
    // the target's than an absolute breach there: a saturated injector queues its own requests and lengthens every
    // latency, so even a rise beyond the allowance is INVALID, never a FAIL charged to the target.
    Optional<PhaseValidity> invalid = RunLevelRules.firstInvalid(evaluation.phases().stream()
        .filter(v -> phases.contains(v.phase())).toList());
    if (invalid.isPresent()) {
      return RunLevelRules.invalidLoad(result, new Reason.ComparisonOnInvalidLoad(invalid.get(), reason));
    }
    return RunLevelRules.cannotPassIncomplete(result, evaluation.run().complete(),
        new Reason.ComparisonOnIncompleteRecord(reason));
  }

  private static List<PhaseWindow> windows(RunRecord record, RunPlan plan, LatencyObjective objective) {
    List<PhaseWindow> all = PhaseWindows.of(record, plan);
    if (plan == null || plan.phases().isEmpty()) {
      return all;
    }
    List<PhaseWindow> selected = new ArrayList<>();
    for (int i = 0; i < plan.phases().size(); i++) {
      int index = i;
      if (objective.judging().phases().stream().anyMatch(s -> s.matches(plan.phases().get(index)))) {
        selected.add(all.get(i));
      }
    }
    return selected;
  }

  /** The objective's latencies, one histogram per judged second (empty for a second without requests). */
  private static List<Histogram> perSecond(RunRecord record, List<PhaseWindow> windows, LatencyObjective objective) {
    List<Histogram> seconds = new ArrayList<>();
    RequestSelector selector = objective.selector();
    for (PhaseWindow window : windows) {
      for (long second = window.fromEpochSecond(); second < window.toEpochSecondExclusive(); second++) {
        Histogram histogram = SeriesStats.newHistogram();
        TimeSlice slice = record.slices().get(second);
        if (slice != null) {
          if (selector.scope() == RequestSelector.Scope.ALL) {
            add(histogram, slice.overall(), objective.outcome());
          } else {
            Map<String, SeriesStats> series = selector.scope() == RequestSelector.Scope.GROUP ? slice.groups() : slice.requests();
            series.forEach((name, s) -> {
              if (selector.matches(name)) {
                add(histogram, s, objective.outcome());
              }
            });
          }
        }
        seconds.add(histogram);
      }
    }
    return seconds;
  }

  private static long count(List<Histogram> seconds) {
    return seconds.stream().mapToLong(Histogram::getTotalCount).sum();
  }

  private static void add(Histogram into, SeriesStats stats, LatencyOutcome outcome) {
    stats.addOkTo(into);
    if (outcome == LatencyOutcome.ALL) {
      stats.addKoTo(into);
    }
  }
}
