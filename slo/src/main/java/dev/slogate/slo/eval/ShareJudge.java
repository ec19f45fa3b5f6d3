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

    String noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = Sentences.noRequests(scope.text());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = Sentences.noMatch(selector, scope);
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
    String measured = Wording.percent(m.estimate());
    String of = "of " + series + " " + scope.text();
    if (n < minSamples) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          Sentences.tooFew("requests", n, of, "this objective (minSamples)", minSamples, measured),
          measure, series, scope.phases(), m, target);
    }
    // Judged on the error ratio, whichever way up it is shown, so both kinds decide identically.
    Verdict verdict = BoundComparison.verdict(
        Comparison.LESS_OR_EQUAL, maxErrorRatio, errors.lowerBound(), errors.upperBound());
    if (verdict == Verdict.INCONCLUSIVE && n < statistical) {
      String needs = "showing " + measure + " " + target.describe() + " at " + Wording.confidence(confidence) + " confidence";
      String start = failed == 0 ? "No request failed, but only " : "Only ";
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          start + Wording.count(n) + " requests " + of + " were seen: " + needs + " needs at least "
              + Wording.count(statistical) + " requests.",
          measure, series, scope.phases(), m, target);
    }
    String counts = asAvailability
        ? Wording.count(sample.ok()) + " of " + Wording.count(n) + " succeeded"
        : Wording.count(failed) + " of " + Wording.count(n) + " failed";
    String evidence = counts + "; " + Sentences.interval(m);
    String subject = measure + " " + of;
    return new ObjectiveResult(objective, verdict,
        Sentences.decided(subject, m, target, verdict, evidence, asAvailability ? "target" : "maximum"),
        measure, series, scope.phases(), m, target);
  }
}
