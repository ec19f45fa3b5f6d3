package dev.slogate.slo.eval;

import dev.slogate.slo.spec.AvailabilityObjective;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.ErrorRateObjective;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.spec.WindowObjective;
import dev.slogate.slo.internal.stats.ProportionEstimate;

/**
 * Stage 5, error rate and availability: the share of failed requests with Clopper–Pearson bounds. An
 * availability of 99.9% is the same test as an error rate of at most 0.1%, shown the other way up.
 */
final class ShareJudge {

  private ShareJudge() {}

  static ObjectiveResult errorRate(ErrorRateObjective objective, Scope scope) {
    return judge(objective, scope, objective.maxRatio(), false);
  }

  static ObjectiveResult availability(AvailabilityObjective objective, Scope scope) {
    return judge(objective, scope, objective.errorBudget(), true);
  }

  private static ObjectiveResult judge(WindowObjective objective, Scope scope, double maxErrorRatio, boolean asAvailability) {
    String measure = asAvailability ? "availability" : "error rate";
    Threshold target = asAvailability
        ? new Threshold(Comparison.GREATER_OR_EQUAL, 1 - maxErrorRatio, MeasureUnit.RATIO)
        : new Threshold(Comparison.LESS_OR_EQUAL, maxErrorRatio, MeasureUnit.RATIO);
    double confidence = objective.judging().confidence();
    long statistical = ProportionEstimate.minimumTrialsToShowAtMost(maxErrorRatio, confidence);
    long minSamples = objective.judging().minSamples();
    long required = Math.max(statistical, minSamples);
    RequestSelector selector = objective.selector();
    String series = selector.describe();
    Sample sample = scope.sample();

    Reason noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = new Reason.NoRequests(scope.judged());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = NoData.noMatch(selector, scope);
    }
    if (noData != null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE, noData, measure, series, scope.phases(),
          Measurement.none(MeasureUnit.RATIO, confidence, required), target);
    }
    long n = sample.count();
    long failed = sample.ko();
    ProportionEstimate errors = ProportionEstimate.of(failed, n, confidence);
    Measurement m = asAvailability
        ? new Measurement(MeasureUnit.RATIO, 1 - errors.point(), 1 - errors.twoSided().high(), 1 - errors.twoSided().low(),
            1 - errors.upperBound(), 1 - errors.lowerBound(), confidence, n, required)
        : new Measurement(MeasureUnit.RATIO, errors.point(), errors.twoSided().low(), errors.twoSided().high(),
            errors.lowerBound(), errors.upperBound(), confidence, n, required);
    if (n < minSamples) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.REQUESTS, n, series, scope.judged(), null, confidence, minSamples,
              m.estimate(), MeasureUnit.RATIO, Reason.Shown.VALUE),
          measure, series, scope.phases(), m, target);
    }
    // Judged on the error ratio, whichever way up it is shown, so both kinds decide identically.
    Verdict verdict = BoundComparison.verdict(
        Comparison.LESS_OR_EQUAL, maxErrorRatio, errors.lowerBound(), errors.upperBound());
    if (verdict == Verdict.INCONCLUSIVE && n < statistical) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFewToShow(asAvailability, failed, n, series, scope.judged(), target, confidence, statistical),
          measure, series, scope.phases(), m, target);
    }
    return new ObjectiveResult(objective, verdict,
        new Reason.ShareDecided(asAvailability, series, scope.judged(), failed, m, target, verdict),
        measure, series, scope.phases(), m, target);
  }
}
