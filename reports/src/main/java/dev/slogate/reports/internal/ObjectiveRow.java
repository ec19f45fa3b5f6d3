package dev.slogate.reports.internal;

import dev.slogate.reports.words.Wording;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One objective as every report shows it: the same words in HTML, Markdown, JUnit and Allure. Plain text;
 * each format escapes it for its own syntax.
 *
 * @param name the objective's name
 * @param verdict its verdict
 * @param measure what was measured ("p99", "availability", "Δp95")
 * @param series what it was measured on
 * @param phases the judged phases, joined with " + "; empty for failover
 * @param measured the estimate with its unit, "no data" without one
 * @param interval the two-sided interval with its confidence, or "–"
 * @param target the target, "< 100 ms", or "–"
 * @param samples the sample count, or "–"
 * @param reason the one-sentence reason
 * @param source the cited document and section, or "–"
 */
public record ObjectiveRow(
    String name, Verdict verdict, String measure, String series, String phases, String measured, String interval,
    String target, String samples, String reason, String source) {

  public static final String NONE = "–";

  /** The rows of an evaluation, worst verdict first (FAIL, INVALID, INCONCLUSIVE, PASS), spec order within. */
  public static List<ObjectiveRow> worstFirst(Evaluation evaluation) {
    return evaluation.results().stream()
        .sorted(Comparator.comparing(ObjectiveResult::verdict).reversed())
        .map(ObjectiveRow::of)
        .toList();
  }

  public static ObjectiveRow of(ObjectiveResult result) {
    Measurement m = result.measurement();
    boolean relative = result.measure() != null && result.measure().startsWith("Δ");
    return new ObjectiveRow(
        result.name(),
        result.verdict(),
        result.measure() == null ? "" : result.measure(),
        result.series() == null ? "" : result.series(),
        String.join(" + ", result.phases()),
        m == null || !m.hasEstimate() ? "no data" : (relative && m.estimate() > 0 ? "+" : "") + Wording.value(m.estimate(), m.unit()),
        m == null || !m.hasInterval() ? NONE
            : Wording.range(m.low(), m.high(), m.unit()) + String.format(Locale.ROOT, " (%s%%)", confidence(m.confidence())),
        result.target() == null ? NONE : (relative ? "rise " : "") + Words.threshold(result.target()),
        m == null || m.samples() == 0 ? NONE : String.format(Locale.ROOT, "%,d", m.samples()),
        Words.reason(result),
        result.objective().source().map(Object::toString).orElse(NONE));
  }

  private static String confidence(double confidence) {
    double percent = confidence * 100;
    return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.format(Locale.ROOT, "%.1f", percent);
  }
}
