package dev.slogate.slo.eval;

import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.LatencyOutcome;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.internal.stats.OrderStatistics;
import dev.slogate.slo.internal.stats.QuantileEstimate;
import dev.slogate.slo.internal.stats.RankedValues;
import org.HdrHistogram.Histogram;

/** Stage 5, latency: a percentile's order-statistic bounds against its threshold. */
final class LatencyJudge {

  private LatencyJudge() {}

  static ObjectiveResult judge(LatencyObjective objective, Scope scope) {
    String measure = Wording.percentile(objective.percentile());
    Threshold target = new Threshold(objective.comparison(), objective.thresholdMillis(), MeasureUnit.MILLISECONDS);
    double confidence = objective.judging().confidence();
    double p = objective.percentile() / 100;
    long statistical = objective.comparison().isUpperLimit()
        ? OrderStatistics.minimumSamplesForUpperBound(p, confidence)
        : OrderStatistics.minimumSamplesForLowerBound(p, confidence);
    long required = Math.max(statistical, objective.judging().minSamples());
    RequestSelector selector = objective.selector();
    String series = selector.describe() + (objective.outcome() == LatencyOutcome.OK ? " (successful only)" : "");
    String subject = measure + " of " + series + " " + scope.text();
    Sample sample = scope.sample();

    String noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = Sentences.noRequests(scope.text());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = Sentences.noMatch(selector, scope);
    } else if (objective.outcome() == LatencyOutcome.OK && sample.ok() == 0) {
      noData = "No successful request of " + series + " " + scope.text() + ", so there is no latency to judge.";
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
    String measured = Wording.millis(estimate.point());
    if (n < objective.judging().minSamples()) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          Sentences.tooFew("requests", n, "of " + series + " " + scope.text(), "this objective (minSamples)",
              objective.judging().minSamples(), measured),
          measure, series, scope.phases(), m, target);
    }
    if (verdict == Verdict.INCONCLUSIVE && BoundComparison.passBound(target.comparison(), m.lowerBound(), m.upperBound()) == null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          Sentences.tooFew("requests", n, "of " + series + " " + scope.text(),
              measure + " at " + Wording.confidence(confidence) + " confidence", statistical, measured),
          measure, series, scope.phases(), m, target);
    }
    String evidence = Sentences.interval(m) + ", n=" + Wording.count(n);
    return new ObjectiveResult(objective, verdict, Sentences.decided(subject, m, target, verdict, evidence, "target"),
        measure, series, scope.phases(), m, target);
  }
}
