package dev.slogate.slo.eval;

import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.LatencyOutcome;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.internal.stats.OrderStatistics;
import dev.slogate.slo.internal.stats.QuantileEstimate;
import dev.slogate.slo.internal.stats.RankedValues;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Stage 5, latency: a percentile's order-statistic bounds against its threshold. */
final class LatencyJudge {

  private LatencyJudge() {}

  static ObjectiveResult judge(LatencyObjective objective, Scope scope) {
    String measure = ObjectiveLabels.percentile(objective.percentile());
    Threshold target = new Threshold(objective.comparison(), objective.thresholdMillis(), MeasureUnit.MILLISECONDS);
    double confidence = objective.judging().confidence();
    double p = objective.percentile() / 100;
    long statistical = objective.comparison().isUpperLimit()
        ? OrderStatistics.minimumSamplesForUpperBound(p, confidence)
        : OrderStatistics.minimumSamplesForLowerBound(p, confidence);
    long required = Math.max(statistical, objective.judging().minSamples());
    RequestSelector selector = objective.selector();
    String series = selector.describe() + (objective.outcome() == LatencyOutcome.OK ? " (successful only)" : "");
    Sample sample = scope.sample();

    Reason noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = new Reason.NoRequests(scope.judged());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = NoData.noMatch(selector, scope);
    } else if (objective.outcome() == LatencyOutcome.OK && sample.ok() == 0) {
      noData = new Reason.NoSuccessfulRequest(series, scope.judged());
    }
    if (noData != null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE, noData, measure, series, scope.phases(),
          Measurement.none(MeasureUnit.MILLISECONDS, confidence, required), target);
    }

    Histogram latencies = objective.outcome() == LatencyOutcome.OK ? sample.okLatencies() : sample.allLatencies();
    QuantileEstimate estimate = QuantileEstimate.of(RankedValues.of(latencies), objective.percentile(), confidence);
    long n = estimate.samples();
    Measurement m = new Measurement(
        MeasureUnit.MILLISECONDS,
        estimate.point(),
        estimate.twoSided().map(i -> i.low()).orElse(null),
        estimate.twoSided().map(i -> i.high()).orElse(null),
        estimate.lowerBound().isPresent() ? estimate.lowerBound().getAsDouble() : null,
        estimate.upperBound().isPresent() ? estimate.upperBound().getAsDouble() : null,
        confidence,
        n,
        required);
    Verdict verdict = BoundComparison.verdict(target.comparison(), target.value(), m.lowerBound(), m.upperBound());
    if (n < objective.judging().minSamples()) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.REQUESTS, n, series, scope.judged(), null, confidence,
              objective.judging().minSamples(), estimate.point(), MeasureUnit.MILLISECONDS, Reason.Shown.VALUE),
          measure, series, scope.phases(), m, target);
    }
    if (verdict == Verdict.INCONCLUSIVE && BoundComparison.passBound(target.comparison(), m.lowerBound(), m.upperBound()) == null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.REQUESTS, n, series, scope.judged(), objective.percentile(), confidence,
              statistical, estimate.point(), MeasureUnit.MILLISECONDS, Reason.Shown.VALUE),
          measure, series, scope.phases(), m, target);
    }
    return new ObjectiveResult(objective, verdict,
        new Reason.LatencyDecided(objective.percentile(), series, scope.judged(), m, target, verdict),
        measure, series, scope.phases(), m, target);
  }
}
