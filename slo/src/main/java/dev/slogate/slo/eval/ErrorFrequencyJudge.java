package dev.slogate.slo.eval;

import dev.slogate.slo.eval.FailureStretches.Stretch;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.ErrorFrequencyObjective;
import dev.slogate.slo.spec.RequestSelector;
import java.util.List;

/**
 * Stage 5, error frequency: an alert's rule applied to the run's own requests. Failed requests per second are
 * summed over every sliding window of the objective's length (one-second steps) inside the judged stretches;
 * the alert would have fired in a window whose failures exceed max × window.
 *
 * <p>Unlike a percentile or an error rate, this is not an estimate of a property of the target: an alert is
 * a rule on observed counts, and whether it fires on the traffic of this run is a fact about the run, with no
 * sampling error to bound. So it is judged as the rule: FAIL when the worst window exceeds the maximum (the
 * alert would have fired, and where), PASS when no window does. (An earlier version judged it as a Poisson
 * rate with simultaneous bounds; on a scaled-down run the allowance per window shrinks below one failure, and
 * no run could ever pass, although a clean run plainly would not fire the alert.) Thin evidence still cannot
 * pass: at least one whole window must fit in the judged phases, and the objective's {@code minSamples}
 * requests must have been sent. An alert's {@code for:} duration is not modelled, which makes a PASS
 * stricter than "the alert never fired".
 */
final class ErrorFrequencyJudge {

  private static final String MEASURE = "error frequency";

  private ErrorFrequencyJudge() {}

  static ObjectiveResult judge(ErrorFrequencyObjective objective, Scope scope, List<Stretch> stretches, long epochStartMillis) {
    Threshold target = new Threshold(Comparison.LESS_OR_EQUAL, objective.maxPerSecond(), MeasureUnit.PER_SECOND);
    double confidence = objective.judging().confidence();
    long minSamples = objective.judging().minSamples();
    RequestSelector selector = objective.selector();
    String series = selector.describe();
    Sample sample = scope.sample();
    long window = objective.windowSeconds();

    Reason noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = new Reason.NoRequests(scope.judged());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = NoData.noMatch(selector, scope);
    }
    long windows = stretches.stream().mapToLong(s -> Math.max(0, s.seconds() - window + 1)).sum();
    if (noData == null && windows == 0) {
      ObjectiveResult shown = breachShownByAShorterStretch(objective, scope, stretches, target, series, confidence,
          minSamples, sample, epochStartMillis);
      if (shown != null) {
        return shown;
      }
      long longest = stretches.stream().mapToLong(Stretch::seconds).max().orElse(0);
      noData = new Reason.NoWindowFits(scope.judged(), longest, window);
    }
    if (noData != null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE, noData, MEASURE, series, scope.phases(),
          Measurement.none(MeasureUnit.PER_SECOND, confidence, minSamples), target);
    }

    Worst worst = worstWindow(stretches, window);
    double peak = worst.failed / (double) window;
    // A rule on observed counts has no interval: the bounds are the observed value itself.
    Measurement m = new Measurement(MeasureUnit.PER_SECOND, peak, null, null, peak, peak, confidence, sample.count(),
        minSamples);
    boolean fired = worst.failed > objective.allowedPerWindow() + ALLOWANCE_ROUNDING;
    // Too few requests cannot show that the alert stays quiet, but failures already counted can show that it fires:
    // a breach the evidence already shows is a FAIL, whatever the gate's policy for INCONCLUSIVE.
    if (sample.count() < minSamples && !fired) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          new Reason.TooFew(Reason.Counted.REQUESTS, sample.count(), series, scope.judged(), null, confidence,
              minSamples, peak, MeasureUnit.PER_SECOND, Reason.Shown.WORST_WINDOW),
          MEASURE, series, scope.phases(), m, target);
    }
    Reason reason = new Reason.AlertRule(series, scope.judged(), peak, window, worst.failed,
        worst.fromEpochSecond - Math.floorDiv(epochStartMillis, 1000), worst.phases, windows, target.value(), fired);
    return new ObjectiveResult(objective, fired ? Verdict.FAIL : Verdict.PASS, reason, MEASURE, series, scope.phases(), m,
        target);
  }

  /**
   * Where no whole window fits, a stretch shorter than the window that already holds more failures than a whole
   * window allows has shown the breach: every window of the alert's length that covers the stretch holds at least
   * those failures, so the alert fires whatever the rest of the window would have held. Null when no stretch does.
   */
  private static ObjectiveResult breachShownByAShorterStretch(ErrorFrequencyObjective objective, Scope scope,
      List<Stretch> stretches, Threshold target, String series, double confidence, long minSamples,
      Sample sample, long epochStartMillis) {
    Stretch worst = null;
    long worstFailed = -1;
    for (Stretch stretch : stretches) {
      long failed = 0;
      for (long ko : stretch.koPerSecond()) {
        failed += ko;
      }
      if (failed > worstFailed) {
        worst = stretch;
        worstFailed = failed;
      }
    }
    if (worst == null || worstFailed <= objective.allowedPerWindow() + ALLOWANCE_ROUNDING) {
      return null;
    }
    double peak = worstFailed / (double) objective.windowSeconds();
    Measurement m = new Measurement(MeasureUnit.PER_SECOND, peak, null, null, peak, peak, confidence, sample.count(),
        minSamples);
    Reason reason = new Reason.BreachShown(series, scope.judged(), worstFailed, worst.seconds(),
        worst.fromEpochSecond() - Math.floorDiv(epochStartMillis, 1000), worst.phases(),
        (long) Math.floor(objective.allowedPerWindow() + ALLOWANCE_ROUNDING), objective.windowSeconds(), target.value());
    return new ObjectiveResult(objective, Verdict.FAIL, reason, MEASURE, series, scope.phases(), m, target);
  }

  /** Keeps an allowance such as 0.1/s × 30 s = 3.0000000000000004 from turning 3 failures into a breach. */
  private static final double ALLOWANCE_ROUNDING = 1e-9;

  private record Worst(long failed, long fromEpochSecond, String phases) {}

  private static Worst worstWindow(List<Stretch> stretches, long window) {
    Worst worst = null;
    for (Stretch stretch : stretches) {
      long[] ko = stretch.koPerSecond();
      if (ko.length < window) {
        continue;
      }
      long sum = 0;
      for (int i = 0; i < window; i++) {
        sum += ko[i];
      }
      for (int start = 0; ; start++) {
        if (worst == null || sum > worst.failed) {
          worst = new Worst(sum, stretch.fromEpochSecond() + start, stretch.phases());
        }
        if (start + window >= ko.length) {
          break;
        }
        sum += ko[(int) (start + window)] - ko[start];
      }
    }
    return worst;
  }
}
