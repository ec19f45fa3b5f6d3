package dev.slogate.slo.eval;

import dev.slogate.slo.eval.FailureStretches.Stretch;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.ErrorFrequencyObjective;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.stats.RateEstimate;
import java.util.List;

/**
 * Stage 5, error frequency: failed requests per second in every sliding window of the objective's length
 * (one-second steps) inside the judged stretches, against an absolute maximum.
 *
 * <p>Each window's failures are treated as a Poisson count with Garwood's exact bounds. The claim is about
 * every window at once, so the bounds are Bonferroni-adjusted over the number of windows m: each window's
 * bound is taken at 1 − (1 − c)/m, which makes all of them hold together with probability at least c
 * (conservative, since overlapping windows are strongly correlated). Because the bounds grow with the count,
 * only the worst window decides: PASS when even its upper bound is within the maximum (then every window's
 * is), FAIL when its lower bound is above it (that window's true rate clearly exceeded the maximum: the alert's
 * condition held), INCONCLUSIVE otherwise. An alert's {@code for:} duration is not modelled, which makes a PASS
 * stricter than "the alert never fired".
 */
final class ErrorFrequencyJudge {

  private static final String MEASURE = "error frequency";

  private ErrorFrequencyJudge() {}

  static ObjectiveResult judge(ErrorFrequencyObjective objective, Scope scope, List<Stretch> stretches, long epochStartMillis) {
    Target target = new Target(Comparison.LESS_OR_EQUAL, objective.maxPerSecond(), MeasureUnit.PER_SECOND);
    double confidence = objective.judging().confidence();
    long minSamples = objective.judging().minSamples();
    RequestSelector selector = objective.selector();
    String series = selector.describe();
    Sample sample = scope.sample();
    long window = objective.windowSeconds();
    String windowText = Wording.count(window) + " s";

    String noData = null;
    if (sample.requestsInWindows() == 0) {
      noData = Sentences.noRequests(scope.text());
    } else if (selector.scope() != RequestSelector.Scope.ALL && sample.matched().isEmpty()) {
      noData = Sentences.noMatch(selector, scope);
    }
    long windows = stretches.stream().mapToLong(s -> Math.max(0, s.seconds() - window + 1)).sum();
    if (noData == null && windows == 0) {
      long longest = stretches.stream().mapToLong(Stretch::seconds).max().orElse(0);
      noData = "The judged phases " + scope.text() + " offer at most " + Wording.count(longest) + " s without a break, "
          + "shorter than the " + windowText + " window, so no window fits and nothing was judged.";
    }
    if (noData != null) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE, noData, MEASURE, series, scope.phases(),
          Measurement.none(MeasureUnit.PER_SECOND, confidence, minSamples), target);
    }

    Worst worst = worstWindow(stretches, window);
    double eachWindow = 1 - (1 - confidence) / windows;
    RateEstimate rate = RateEstimate.of(worst.failed, window, eachWindow);
    Measurement m = new Measurement(MeasureUnit.PER_SECOND, rate.point(), rate.twoSided().low(), rate.twoSided().high(),
        rate.lowerBound(), rate.upperBound(), confidence, sample.count(), minSamples);
    String subject = "failed requests of " + series + " " + scope.text();
    if (sample.count() < minSamples) {
      return new ObjectiveResult(objective, Verdict.INCONCLUSIVE,
          Sentences.tooFew("requests", sample.count(), "of " + series + " " + scope.text(), "this objective (minSamples)",
              minSamples, Wording.value(rate.point(), MeasureUnit.PER_SECOND) + " in the worst window"),
          MEASURE, series, scope.phases(), m, target);
    }
    Verdict verdict = BoundComparison.verdict(target.comparison(), target.value(), m.lowerBound(), m.upperBound());
    String conf = Wording.confidence(confidence);
    String simultaneous = "simultaneous over " + Wording.count(windows) + " window" + (windows == 1 ? "" : "s");
    String where = worst.failed == 0 ? "" : ", from second " + Wording.count(worst.fromEpochSecond - Math.floorDiv(epochStartMillis, 1000))
        + " of the run in " + worst.phases;
    String head = Sentences.capitalized(subject) + " peaked at " + Wording.value(rate.point(), MeasureUnit.PER_SECOND)
        + " in the worst " + windowText + " window (" + Wording.count(worst.failed) + " failed" + where + "; ";
    String max = Wording.value(target.value(), MeasureUnit.PER_SECOND);
    String reason = switch (verdict) {
      case PASS -> head + conf + " upper bound " + Wording.value(m.upperBound(), MeasureUnit.PER_SECOND) + ", " + simultaneous
          + "), within the " + max + " maximum.";
      case FAIL -> head + conf + " lower bound " + Wording.value(m.lowerBound(), MeasureUnit.PER_SECOND) + ", " + simultaneous
          + "), above the " + max + " maximum: the alert's condition held.";
      default -> head + conf + " CI " + Wording.range(m.low(), m.high(), MeasureUnit.PER_SECOND) + ", " + simultaneous + "), "
          + (unshowable(objective, windows, confidence)
              ? "and no run can show the " + max + " maximum here: a " + windowText + " window allows "
                  + Wording.decimal(objective.allowedPerWindow(), 3) + " failed request" + (objective.allowedPerWindow() == 1 ? "" : "s")
                  + ", and even a window without any "
                  + "is only shown to be within it when the allowance is at least "
                  + Wording.decimal(zeroFailureUpperCount(windows, confidence), 3) + "."
              : "too close to the " + max + " maximum to decide at " + conf + " confidence.");
    };
    return new ObjectiveResult(objective, verdict, reason, MEASURE, series, scope.phases(), m, target);
  }

  /** Whether a run without a single failure would still be INCONCLUSIVE: the allowance is below the bound of 0. */
  private static boolean unshowable(ErrorFrequencyObjective objective, long windows, double confidence) {
    return zeroFailureUpperCount(windows, confidence) > objective.allowedPerWindow();
  }

  /** The upper bound on a window's count when it saw no failure: −ln((1 − c)/m). */
  private static double zeroFailureUpperCount(long windows, double confidence) {
    return -Math.log((1 - confidence) / windows);
  }

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
