package dev.slogate.reports.words;

import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.HealthFinding;
import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.eval.MeasureUnit;
import dev.slogate.slo.eval.Note;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseHealth;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.Reason;
import dev.slogate.slo.eval.ScheduleLag;
import dev.slogate.slo.eval.Summary;
import dev.slogate.slo.eval.Threshold;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.record.ClockOffset;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that words what the evaluator returns as data: the reason of each result, the summary and the notes
 * of an evaluation, the load check's and the injector health's findings, thresholds and schedule lags. Every report, the console at the end of a run and the benchmarks
 * read their sentences here, so the words are the same everywhere. Numbers follow {@link Wording}.
 */
public final class Words {

  /** "injector health not recorded", the words every report uses for a run or phase without a timeline. */
  public static final String HEALTH_NOT_RECORDED = Findings.HEALTH_NOT_RECORDED;

  private Words() {}

  /** "p99 of GET /api/* in steady was 42 ms (95% CI 38–47 ms, n=6,012), below the 100 ms target." */
  public static String reason(ObjectiveResult result) {
    return reason(result.reason());
  }

  public static String reason(Reason reason) {
    return Reasons.sentence(reason);
  }

  /**
   * What the load check found in a phase, lower-case, without a full stop: "the injector did not reach the planned rate
   * in steady: 812 of 1,000 planned arrivals (81%)".
   */
  public static String load(PhaseValidity phase) {
    return load(phase.finding());
  }

  public static String load(LoadFinding finding) {
    return Findings.load(finding);
  }

  /**
   * What the injector health check found in a phase, lower-case, without a full stop: "the injector was healthy in
   * steady: hiccup p99 0.08 ms (allowed 25 ms)".
   */
  public static String health(PhaseHealth health) {
    return health(health.finding());
  }

  public static String health(HealthFinding finding) {
    return Findings.health(finding);
  }

  /** What a failure's cause is: "the injector ran out of file descriptors". */
  public static String cause(Cause cause) {
    return Findings.cause(cause);
  }

  /** "FAIL: of 6 objectives, 1 failed (p99-latency), 5 passed." */
  public static String summary(Evaluation evaluation) {
    return summary(evaluation.summary());
  }

  public static String summary(Summary summary) {
    Verdict overall = summary.verdict();
    int judged = summary.judged();
    String notCovered = summary.notCovered() == 0 ? "" : " " + summary.notCovered() + " not covered.";
    if (judged == 0) {
      return overall + ": no objective could be judged." + notCovered;
    }
    if (overall == Verdict.PASS) {
      return "PASS: all " + judged + " judged objective" + (judged == 1 ? "" : "s") + " passed." + notCovered;
    }
    List<String> parts = new ArrayList<>();
    Map<Verdict, String> words = Map.of(Verdict.FAIL, "failed", Verdict.INVALID, "invalid",
        Verdict.INCONCLUSIVE, "inconclusive", Verdict.PASS, "passed");
    for (Verdict verdict : List.of(Verdict.FAIL, Verdict.INVALID, Verdict.INCONCLUSIVE, Verdict.PASS)) {
      List<String> names = summary.names().get(verdict);
      if (!names.isEmpty()) {
        parts.add(names.size() + " " + words.get(verdict) + (verdict == Verdict.PASS ? "" : " (" + String.join(", ", names) + ")"));
      }
    }
    String incomplete = summary.complete() ? "" : "the run record is incomplete; ";
    return overall + ": " + incomplete + "of " + judged + " objectives, " + String.join(", ", parts) + "." + notCovered;
  }

  /** The evaluation's notes, one sentence each, in order. */
  public static List<String> notes(Evaluation evaluation) {
    return evaluation.notes().stream().map(Words::note).toList();
  }

  public static String note(Note note) {
    if (note instanceof Note.NoRunPlan) {
      return "No run plan: the whole run is judged as one phase, '" + PhaseWindow.WHOLE_RUN
          + "', warm-up included, and the achieved load is not checked against a plan.";
    }
    if (note instanceof Note.UnverifiedClocks n) {
      return "The clock offsets of the injectors are unverified (" + n.injectors().stream()
          .map(c -> c.injector() + " " + c.clock().map(ClockOffset::describe).orElse("not measured"))
          .collect(Collectors.joining("; ")) + "): only a round trip to the coordinator bounds an offset "
          + "within " + ClockOffset.BOUND_MILLIS + " ms.";
    }
    if (note instanceof Note.LoadNotChecked n) {
      return Reasons.capitalize(load(n.phase())) + ".";
    }
    if (note instanceof Note.HealthNotRecorded n) {
      return Reasons.capitalize(health(n.health())) + ".";
    }
    if (note instanceof Note.IncompleteRecord) {
      return "The run record is incomplete (the log ended early, e.g. a crashed injector): the verdict cannot be PASS.";
    }
    if (note instanceof Note.NotCoveredObjectives n) {
      int count = n.names().size();
      return count + " objective" + (count == 1 ? " is" : "s are") + " not covered by a load test: "
          + String.join(", ", n.names()) + ".";
    }
    if (note instanceof Note.GatlingErrors n) {
      return "Gatling reported " + Wording.count(n.count()) + " error" + (n.count() == 1 ? "" : "s")
          + " of its own (crashed actions or failed expressions) that produced no request.";
    }
    if (note instanceof Note.ScaledDown n) {
      return "The run plan scales the documented workload down by " + scale(n.factor())
          + ", so rates and windows were divided by it (" + String.join("; ", n.changes())
          + "); latency thresholds and ratios are never scaled, nor failover maxima by the workload.";
    }
    if (note instanceof Note.TimeScaled n) {
      return "The target is a stand-in that runs the guide's own timings " + scale(n.timeScale())
          + " times faster, so failover maxima that follow from them were divided by " + scale(n.timeScale()) + " ("
          + String.join("; ", n.changes()) + "); against a real deployment they hold as written.";
    }
    if (note instanceof Note.MostlyFailed n) {
      String which = n.judgingFailures().isEmpty()
          ? "no objective of this SLO file judges failed requests; an error-rate objective (for example kind: error-rate, "
              + "max: 1%) would fail this run"
          : "the objectives that judge failed requests: " + String.join(", ", n.judgingFailures());
      return "WARNING: " + Wording.count(n.failed()) + " of " + Wording.count(n.requests()) + " judged requests ("
          + Math.round(100.0 * n.failed() / n.requests()) + "%) failed; " + which + ".";
    }
    if (note instanceof Note.BaselineCompared n) {
      return regression(n.regression());
    }
    throw new IllegalArgumentException("no sentence for " + note);
  }

  /** How the run was compared with its baseline, or why not: "Compared with baseline run X (…): each percentile …". */
  public static String regression(Regression regression) {
    return switch (regression.status()) {
      case NOT_REQUESTED -> "No baseline: no regression comparison was made (give --baseline, or pin one for the nightly "
          + "gate).";
      case NO_BASELINE -> "No baseline: a comparison was asked for but no baseline run was found, so the relative "
          + "objectives are inconclusive.";
      case REFUSED -> "Baseline run " + regression.baselineRunId() + " refused: " + regression.refusal() + ".";
      case COMPARED -> "Compared with baseline run " + regression.baselineRunId() + " (" + regression.baselineOrigin()
          + "): each percentile may rise by " + Math.round(regression.criteria().tolerance() * 100) + "% of the baseline "
          + "plus " + Wording.value(regression.criteria().slackMillis(), MeasureUnit.MILLISECONDS) + " (the log's "
          + "resolution).";
    };
  }

  /** "< 100 ms", ">= 99.9%", ">= 100/s". */
  public static String threshold(Threshold threshold) {
    return threshold.comparison().symbol() + " " + Wording.value(threshold.value(), threshold.unit());
  }

  /** "max 1.8 s, p99 1.2 s, 600 ms allowed". */
  public static String scheduleLag(ScheduleLag lag) {
    return "max " + Wording.duration(lag.maxMillis()) + ", p99 " + Wording.duration(lag.p99Millis()) + ", "
        + Wording.duration(lag.allowedMillis()) + " allowed";
  }

  /** A scale factor: four significant digits, "100", "2.5", "1,000". */
  private static String scale(double value) {
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
    return rounded.scale() <= 0 ? String.format(Locale.ROOT, "%,d", rounded.toBigInteger()) : rounded.toPlainString();
  }
}
