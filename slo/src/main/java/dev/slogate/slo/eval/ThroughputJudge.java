package dev.slogate.slo.eval;

import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.spec.ThroughputObjective;
import dev.slogate.slo.internal.stats.RateEstimate;

/**
 * Stage 5, throughput: successful requests per second over the judged windows, with Garwood's Poisson
 * bounds. PASS when the one-sided lower bound reaches the minimum, FAIL when the one-sided upper bound stays
 * below it. Only successful requests count: a target that answers 500 quickly has no throughput worth having.
 */
final class ThroughputJudge {

  private ThroughputJudge() {}

  static ObjectiveResult judge(ThroughputObjective objective, Scope scope) {
    String measure = "throughput";
    Threshold target = new Threshold(Comparison.GREATER_OR_EQUAL, objective.minPerSecond(), MeasureUnit.PER_SECOND);
    double confidence = objective.judging().confidence();
    RequestSelector selector = objective.selector();
    String series = selector.describe();
    Sample sample = scope.sample();
    long minSamples = objective.judging().minSamples();

    Reason noData = null;
    if (sample.seconds() == 0) {
      noData = new Reason.NoWholeSecond(scope.judged());
    } else if (sample.requestsInWindows() == 0) {
      noData = new Reason.NoRequests(scope.judged());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = NoData.noMatch(selector, scope);
    }
    if (noData != null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE, noData, measure, series, scope.phases(),
          Measurement.none(MeasureUnit.PER_SECOND, confidence, minSamples), target);
    }
    RateEstimate rate = RateEstimate.of(sample.ok(), sample.seconds(), confidence);
    Measurement m = new Measurement(MeasureUnit.PER_SECOND, rate.point(), rate.twoSided().low(), rate.twoSided().high(),
        rate.lowerBound(), rate.upperBound(), confidence, sample.ok(), minSamples);
    if (sample.ok() < minSamples) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.SUCCESSFUL_REQUESTS, sample.ok(), series, scope.judged(), null, confidence,
              minSamples, rate.point(), MeasureUnit.PER_SECOND, Reason.Shown.VALUE),
          measure, series, scope.phases(), m, target);
    }
    Verdict verdict = BoundComparison.verdict(target.comparison(), target.value(), m.lowerBound(), m.upperBound());
    return new ObjectiveResult(objective, verdict,
        new Reason.ThroughputDecided(series, scope.judged(), sample.seconds(), m, target, verdict),
        measure, series, scope.phases(), m, target);
  }
}
