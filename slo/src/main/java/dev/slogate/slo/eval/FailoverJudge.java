package dev.slogate.slo.eval;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.FailoverObjective;
import dev.slogate.slo.internal.stats.OrderStatistics;
import dev.slogate.slo.internal.stats.QuantileEstimate;
import dev.slogate.slo.internal.stats.RankedValues;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 5, failover: failover times from the chaos timeline against a maximum.
 *
 * <p>Without a percentile every fault must meet the maximum: one fault is judged on its own value, several on
 * the worst, and a fault that never failed over fails. There is no interval on a maximum of a population
 * that a handful of trials could support, so this mode reports the observed range, not a CI. With a
 * percentile, repeated faults form a sample judged like a latency percentile; a fault that never recovered
 * counts as an infinite failover time. An objective that names an experiment reads only that experiment's faults:
 * each experiment's probe measures its own kind of recovery (service back, new leader, work requeued).
 */
final class FailoverJudge {

  private static final String MEASURE = "failover time";

  private FailoverJudge() {}

  static ObjectiveResult judge(FailoverObjective objective, ChaosTimeline timeline) {
    Threshold target = new Threshold(Comparison.LESS_OR_EQUAL, objective.maxMillis(), MeasureUnit.MILLISECONDS);
    double confidence = objective.confidence();
    List<FaultWindow> faults = timeline == null ? List.of() : timeline.faults();
    if (objective.experiment().isPresent()) {
      String experiment = objective.experiment().get();
      faults = faults.stream().filter(f -> f.experiment().equals(experiment)).toList();
    }
    if (faults.isEmpty()) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.NoFault(objective.experiment().orElse(null)), MEASURE, "no faults", List.of(),
          Measurement.none(MeasureUnit.MILLISECONDS, confidence, Math.max(1, objective.minSamples())), target);
    }
    String series = faults.size() == 1 ? faults.get(0).label() : faults.size() + " faults";
    double[] values = faults.stream()
        .mapToDouble(f -> f.failoverMillis() == null ? Double.POSITIVE_INFINITY : f.failoverMillis())
        .toArray();
    return objective.percentile().isPresent()
        ? percentile(objective, faults, values, series, target)
        : everyFault(objective, faults, values, series, target);
  }

  private static ObjectiveResult everyFault(
      FailoverObjective objective, List<FaultWindow> faults, double[] values, String series, Threshold target) {
    FaultWindow worst = faults.stream()
        .max(Comparator.comparingDouble(f -> f.failoverMillis() == null ? Double.POSITIVE_INFINITY : f.failoverMillis()))
        .orElseThrow();
    double worstValue = worst.failoverMillis() == null ? Double.POSITIVE_INFINITY : worst.failoverMillis();
    double best = java.util.Arrays.stream(values).min().orElseThrow();
    long minSamples = objective.minSamples();
    Measurement m = new Measurement(MeasureUnit.MILLISECONDS, worstValue, best, worstValue, worstValue, worstValue,
        objective.confidence(), faults.size(), minSamples);
    double max = objective.maxMillis();
    if (worst.failoverMillis() == null) {
      return new ObjectiveResult(objective, Verdict.FAIL, new Reason.NeverFailedOver(worst.label(), max),
          MEASURE, series, List.of(), m, target);
    }
    if (!target.isMetBy(worstValue)) {
      return new ObjectiveResult(objective, Verdict.FAIL,
          new Reason.FailoverTook(worst.label(), worstValue, max, faults.size(), false),
          MEASURE, series, List.of(), m, target);
    }
    if (faults.size() < minSamples) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.FAULTS, faults.size(), null, null, null, objective.confidence(), minSamples,
              worstValue, MeasureUnit.MILLISECONDS, Reason.Shown.WORST_DURATION),
          MEASURE, series, List.of(), m, target);
    }
    return new ObjectiveResult(objective, Verdict.PASS,
        new Reason.FailoverTook(worst.label(), worstValue, max, faults.size(), true),
        MEASURE, series, List.of(), m, target);
  }

  private static ObjectiveResult percentile(
      FailoverObjective objective, List<FaultWindow> faults, double[] values, String series, Threshold target) {
    double percentile = objective.percentile().getAsDouble();
    double confidence = objective.confidence();
    long statistical = OrderStatistics.minimumSamplesForUpperBound(percentile / 100, confidence);
    long required = Math.max(statistical, objective.minSamples());
    QuantileEstimate estimate = QuantileEstimate.of(RankedValues.of(values), percentile, confidence);
    Measurement m = new Measurement(
        MeasureUnit.MILLISECONDS,
        estimate.point(),
        estimate.twoSided().map(i -> i.low()).orElse(null),
        estimate.twoSided().map(i -> i.high()).orElse(null),
        estimate.lowerBound().isPresent() ? estimate.lowerBound().getAsDouble() : null,
        estimate.upperBound().isPresent() ? estimate.upperBound().getAsDouble() : null,
        confidence,
        faults.size(),
        required);
    Verdict verdict = BoundComparison.verdict(target.comparison(), target.value(), m.lowerBound(), m.upperBound());
    if (faults.size() < objective.minSamples() || (verdict == Verdict.INCONCLUSIVE && m.upperBound() == null)) {
      boolean own = faults.size() < objective.minSamples();
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.FAULTS, faults.size(), null, null, own ? null : percentile, confidence,
              own ? objective.minSamples() : statistical, estimate.point(), MeasureUnit.MILLISECONDS,
              Reason.Shown.DURATION),
          MEASURE, series, List.of(), m, target);
    }
    return new ObjectiveResult(objective, verdict, new Reason.FailoverPercentileDecided(percentile, m, target, verdict),
        MEASURE, series, List.of(), m, target);
  }
}
