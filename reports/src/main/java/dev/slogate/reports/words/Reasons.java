package dev.slogate.reports.words;

import dev.slogate.slo.eval.MeasureUnit;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.PhaseScope;
import dev.slogate.slo.eval.Reason;
import dev.slogate.slo.eval.Threshold;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.RequestSelector;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one-sentence reasons of results, one sentence per kind of {@link Reason}, built the same way for every kind. */
final class Reasons {

  private static final int NAMES_SHOWN = 5;

  private Reasons() {}

  static String sentence(Reason reason) {
    if (reason instanceof Reason.NoRequests r) {
      return "No requests " + scope(r.scope()) + ", so there is nothing to judge.";
    }
    if (reason instanceof Reason.NoMatch r) {
      return noMatch(r);
    }
    if (reason instanceof Reason.NoSuccessfulRequest r) {
      return "No successful request of " + r.series() + " " + scope(r.scope()) + ", so there is no latency to judge.";
    }
    if (reason instanceof Reason.NoWholeSecond r) {
      return "No whole second " + scope(r.scope()) + " to measure throughput over.";
    }
    if (reason instanceof Reason.NothingSelected r) {
      return "The run plan has no phase matching '" + String.join(", ", r.asked())
          + "' (its phases: " + r.available().stream().map(Reasons::phase).collect(Collectors.joining(", "))
          + "), so nothing was judged.";
    }
    if (reason instanceof Reason.TooFew r) {
      return tooFew(r);
    }
    if (reason instanceof Reason.TooFewToShow r) {
      return (r.failed() == 0 ? "No request failed, but only " : "Only ")
          + Wording.count(r.samples()) + " requests of " + r.series() + " " + scope(r.scope()) + " were seen: showing "
          + (r.availability() ? "availability" : "error rate") + " " + Words.threshold(r.target()) + " at "
          + Wording.confidence(r.confidence()) + " confidence needs at least " + Wording.count(r.required()) + " requests.";
    }
    if (reason instanceof Reason.LatencyDecided r) {
      return decided(
          Wording.percentile(r.percentile()) + " of " + r.series() + " " + scope(r.scope()), r.measurement(), r.target(),
          r.verdict(), interval(r.measurement()) + ", n=" + Wording.count(r.measurement().samples()), "target");
    }
    if (reason instanceof Reason.ShareDecided r) {
      return decided(
          (r.availability() ? "availability" : "error rate") + " of " + r.series() + " " + scope(r.scope()),
          r.measurement(), r.target(), r.verdict(), shareCounts(r) + "; " + interval(r.measurement()),
          r.availability() ? "target" : "maximum");
    }
    if (reason instanceof Reason.ThroughputDecided r) {
      return decided("throughput of " + r.series() + " " + scope(r.scope()),
          r.measurement(), r.target(), r.verdict(), interval(r.measurement()) + ", "
              + Wording.count(r.measurement().samples()) + " successful in " + Wording.count(r.seconds()) + " s",
          "minimum");
    }
    if (reason instanceof Reason.FailoverPercentileDecided r) {
      return decided(
          Wording.percentile(r.percentile()) + " of failover time over " + r.measurement().samples() + " faults",
          r.measurement(), r.target(), r.verdict(),
          interval(r.measurement()) + ", n=" + r.measurement().samples() + " faults", "maximum");
    }
    if (reason instanceof Reason.NoWindowFits r) {
      return "The judged phases " + scope(r.scope()) + " offer at most "
          + Wording.count(r.longestSeconds()) + " s without a break, shorter than the " + Wording.count(r.windowSeconds())
          + " s window, so no window fits and nothing was judged.";
    }
    if (reason instanceof Reason.AlertRule r) {
      return alertRule(r);
    }
    if (reason instanceof Reason.BreachShown r) {
      return capitalized("failed requests of " + r.series() + " " + scope(r.scope())) + ": "
          + Wording.count(r.failed()) + " failed within " + Wording.count(r.stretchSeconds()) + " s, from second "
          + Wording.count(r.fromSecond()) + " of the run in " + r.stretchPhases() + ", already more than the "
          + Wording.count(r.allowedPerWindow()) + " a whole " + Wording.count(r.windowSeconds()) + " s window allows ("
          + Wording.value(r.maxPerSecond(), MeasureUnit.PER_SECOND) + " maximum): no whole window fits, but the alert "
          + "would have fired whatever the rest of the window held (breach already shown).";
    }
    if (reason instanceof Reason.NoFault r) {
      return (r.experiment() == null ? "No fault in this run"
          : "No fault of experiment " + r.experiment() + " in this run") + ", so failover time could not be measured.";
    }
    if (reason instanceof Reason.NeverFailedOver r) {
      return "The target never failed over after " + r.fault()
          + ": no run of consecutive OK probes followed it (maximum " + Wording.duration(r.maxMillis()) + ").";
    }
    if (reason instanceof Reason.FailoverTook r) {
      return failoverTook(r);
    }
    if (reason instanceof Reason.InvalidLoad r) {
      return capitalize(Words.load(r.phase())) + ", so this objective is neither passed nor failed"
          + measured(r.measure(), r.measurement()) + ".";
    }
    if (reason instanceof Reason.IncompleteRecord r) {
      return "The run record is incomplete (the log ended early), so this cannot pass; on the "
          + "data seen: " + sentence(r.onTheDataSeen());
    }
    if (reason instanceof Reason.NoBaseline r) {
      return "No baseline run to compare with, so this relative objective is inconclusive.";
    }
    if (reason instanceof Reason.BaselineRefused r) {
      return "The baseline cannot be compared with this run (" + r.problem()
          + "), so this relative objective is inconclusive.";
    }
    if (reason instanceof Reason.NoPhaseToCompare r) {
      return "The run plan has no phase this percentile is judged on, so it was not compared.";
    }
    if (reason instanceof Reason.TooFewToCompare r) {
      return String.format(Locale.ROOT,
          "Too few requests of %s%s to compare %s: %s has %,d, at least %,d are needed.", r.series(),
          comparedPhases(r.phases()), comparedPercentile(r.percentile()), r.inBaseline() ? "the baseline" : "this run",
          r.samples(), r.required());
    }
    if (reason instanceof Reason.TooShortToCompare r) {
      return String.format(Locale.ROOT,
          "Too short to compare %s of %s%s: %s judged seconds, at least %d are needed to see how much seconds vary.",
          comparedPercentile(r.percentile()), r.series(), comparedPhases(r.phases()), r.seconds(), r.required());
    }
    if (reason instanceof Reason.RiseCompared r) {
      return riseCompared(r);
    }
    if (reason instanceof Reason.ComparisonOnInvalidLoad r) {
      return capitalize(Words.load(r.phase()))
          + ", so the comparison is neither passed nor failed; " + lower(sentence(r.comparison()));
    }
    if (reason instanceof Reason.ComparisonOnIncompleteRecord r) {
      return "The run record is incomplete, so this cannot pass; on the data seen: "
          + lower(sentence(r.comparison()));
    }
    throw new IllegalArgumentException("no sentence for " + reason);
  }

  /** How sentences name the judged phases: "in steady", "in the whole run (no run plan)". */
  static String scope(PhaseScope scope) {
    return switch (scope.kind()) {
      case PHASES -> "in " + String.join(" + ", scope.phases());
      case WHOLE_RUN -> "in the whole run (no run plan)";
      case WHOLE_RUN_FOR_ASKED -> "in the whole run (no run plan, so '" + String.join(", ", scope.asked())
          + "' is the whole run, warm-up included)";
      case WHOLE_RUN_INTERIOR -> "in the whole run (no run plan; its partial first and last seconds left out)";
      case NONE -> "";
    };
  }

  /**
   * "p99 of GET /api/* in steady was 42 ms (95% CI 38–47 ms, n=6,012), below the 100 ms target." and its
   * FAIL and INCONCLUSIVE counterparts.
   */
  private static String decided(String subject, Measurement m, Threshold target, Verdict verdict, String evidence, String noun) {
    String threshold = Wording.value(target.value(), target.unit());
    String value = Wording.value(m.estimate(), m.unit());
    String head = capitalized(subject) + " was " + value + " (" + evidence + "), ";
    String conf = Wording.confidence(m.confidence());
    return switch (verdict) {
      case PASS -> head + met(target.comparison()) + " the " + threshold + " " + noun + deciding(m, target, true) + ".";
      case FAIL -> head + missed(target.comparison()) + " the " + threshold + " " + noun + deciding(m, target, false) + ".";
      default -> head + "too close to the " + threshold + " " + noun + " to decide at " + conf + " confidence.";
    };
  }

  /** "below", "at or above"…: how a met value relates to the threshold. */
  static String met(Comparison comparison) {
    return switch (comparison) {
      case LESS -> "below";
      case LESS_OR_EQUAL -> "at or below";
      case GREATER -> "above";
      case GREATER_OR_EQUAL -> "at or above";
    };
  }

  /** How a missed value relates to the threshold: "at or above" a {@code <} threshold. */
  static String missed(Comparison comparison) {
    return switch (comparison) {
      case LESS -> "at or above";
      case LESS_OR_EQUAL -> "above";
      case GREATER -> "at or below";
      case GREATER_OR_EQUAL -> "below";
    };
  }

  /** When the shown two-sided interval crosses the threshold, name the one-sided bound that decided. */
  private static String deciding(Measurement m, Threshold target, boolean passed) {
    if (!m.hasInterval()) {
      return "";
    }
    boolean upperLimit = target.comparison().isUpperLimit();
    Double bound = passed == upperLimit ? m.upperBound() : m.lowerBound();
    double shownEnd = passed == upperLimit ? m.high() : m.low();
    if (bound == null || target.isMetBy(shownEnd) == passed) {
      return "";
    }
    return " (its one-sided " + Wording.confidence(m.confidence()) + " bound, " + Wording.value(bound, m.unit()) + ", decides)";
  }

  /** "95% CI 38–47 ms" or "too few samples for a 95% CI". */
  private static String interval(Measurement m) {
    String conf = Wording.confidence(m.confidence());
    return m.hasInterval() ? conf + " CI " + Wording.range(m.low(), m.high(), m.unit()) : "too few samples for a " + conf + " CI";
  }

  private static String shareCounts(Reason.ShareDecided r) {
    long n = r.measurement().samples();
    return r.availability()
        ? Wording.count(n - r.failed()) + " of " + Wording.count(n) + " succeeded"
        : Wording.count(r.failed()) + " of " + Wording.count(n) + " failed";
  }

  /** "No request matched 'GET /x' in steady (requests seen: a, b, c)." */
  private static String noMatch(Reason.NoMatch r) {
    List<String> seen = r.seen().stream().limit(NAMES_SHOWN).toList();
    String more = r.seen().size() > NAMES_SHOWN ? ", …" : "";
    String what = r.selector().scope() == RequestSelector.Scope.GROUP ? "group" : "request";
    return "No " + what + " matched '" + r.selector().pattern() + "' " + scope(r.scope()) + " ("
        + (seen.isEmpty() ? "no " + what + "s seen" : what + "s seen: " + String.join(", ", seen) + more) + ").";
  }

  private static String phase(Phase p) {
    return p.name().equals(p.kind().id()) ? p.name() : p.name() + " (" + p.kind().id() + ")";
  }

  /** "Only 10 requests of all requests in steady: p99 at 95% confidence needs at least 299 (measured 5 ms)." */
  private static String tooFew(Reason.TooFew r) {
    String what = switch (r.counted()) {
      case REQUESTS -> "requests";
      case SUCCESSFUL_REQUESTS -> "successful requests";
      case FAULTS -> "faults";
    };
    String of = r.series() == null ? "in this run" : "of " + r.series() + " " + scope(r.scope());
    String needs = r.percentile() == null ? "this objective (minSamples)"
        : Wording.percentile(r.percentile()) + (r.counted() == Reason.Counted.FAULTS ? " of failover time" : "") + " at "
            + Wording.confidence(r.confidence()) + " confidence";
    String measured = switch (r.shown()) {
      case VALUE -> Wording.value(r.measured(), r.unit());
      case DURATION -> Wording.duration(r.measured());
      case WORST_DURATION -> Wording.duration(r.measured()) + " at worst";
      case WORST_WINDOW -> Wording.value(r.measured(), MeasureUnit.PER_SECOND) + " in the worst window";
    };
    return "Only " + Wording.count(r.samples()) + " " + what + " " + of + ": " + needs + " needs at least "
        + Wording.count(r.required()) + " (measured " + measured + ").";
  }

  private static String alertRule(Reason.AlertRule r) {
    String where = r.failed() == 0 ? ""
        : ", from second " + Wording.count(r.fromSecond()) + " of the run in " + r.worstPhases();
    String head = capitalized("failed requests of " + r.series() + " " + scope(r.scope())) + " peaked at "
        + Wording.value(r.peakPerSecond(), MeasureUnit.PER_SECOND) + " in the worst " + Wording.count(r.windowSeconds())
        + " s window (" + Wording.count(r.failed()) + " failed" + where + "; " + Wording.count(r.windows()) + " window"
        + (r.windows() == 1 ? "" : "s") + " looked at)";
    String max = Wording.value(r.maxPerSecond(), MeasureUnit.PER_SECOND);
    return r.fired()
        ? head + ", above the " + max + " maximum: the alert would have fired."
        : head + ", within the " + max + " maximum: the alert would not have fired on this run's requests.";
  }

  private static String failoverTook(Reason.FailoverTook r) {
    String took = Wording.duration(r.tookMillis());
    String max = Wording.duration(r.maxMillis());
    if (!r.within()) {
      return "Failover after " + r.fault() + " took " + took + ", above the " + max + " maximum"
          + (r.faults() > 1 ? " (worst of " + r.faults() + " faults)" : "") + ".";
    }
    return r.faults() == 1
        ? "Failover after " + r.fault() + " took " + took + ", within the " + max + " maximum."
        : "Failover took at most " + took + " over " + r.faults() + " faults (worst: " + r.fault() + "), within the " + max
            + " maximum.";
  }

  private static String measured(String measure, Measurement m) {
    return m != null && m.hasEstimate() ? " (measured " + measure + " " + Wording.value(m.estimate(), m.unit()) + ")" : "";
  }

  private static String riseCompared(Reason.RiseCompared r) {
    Measurement m = r.measurement();
    String change = signed(m.estimate()) + (r.baselineMillis() > 0
        ? String.format(Locale.ROOT, ", %+.0f%%", 100 * m.estimate() / r.baselineMillis()) : "");
    String interval = String.format(Locale.ROOT, "%s%% CI %s to %s", trim(m.confidence() * 100), signed(m.low()),
        signed(m.high()));
    String allowed = Wording.value(r.allowedMillis(), MeasureUnit.MILLISECONDS);
    String verdictText = switch (r.verdict()) {
      case PASS -> "within the " + allowed + " allowed";
      case FAIL -> "more than the " + allowed + " allowed: a regression";
      default -> "which straddles the " + allowed + " allowed";
    };
    return String.format(Locale.ROOT, "%s of %s%s went from %s in baseline run %s to %s: %s (%s), %s (%s%% of the baseline + %s).",
        comparedPercentile(r.percentile()), r.series(), comparedPhases(r.phases()),
        Wording.value(r.baselineMillis(), MeasureUnit.MILLISECONDS), r.baselineRunId(),
        Wording.value(r.currentMillis(), MeasureUnit.MILLISECONDS), change, interval, verdictText,
        Math.round(r.tolerance() * 100), Wording.value(r.slackMillis(), MeasureUnit.MILLISECONDS));
  }

  /** " in steady + cool-down", or nothing without phases. */
  private static String comparedPhases(List<String> phases) {
    return phases.isEmpty() ? "" : " in " + String.join(" + ", phases);
  }

  /** "p95", "p99.9", as relative objectives name the percentile they compare. */
  private static String comparedPercentile(double percentile) {
    return "p" + trim(percentile);
  }

  private static String signed(double millis) {
    return (millis > 0 ? "+" : "") + Wording.value(millis, MeasureUnit.MILLISECONDS);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** Sentences start with a capital, except a percentile: "p99 of ..." is how it is written. */
  private static String capitalized(String text) {
    boolean percentile = text.length() > 1 && text.charAt(0) == 'p' && Character.isDigit(text.charAt(1));
    return text.isEmpty() || percentile ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
