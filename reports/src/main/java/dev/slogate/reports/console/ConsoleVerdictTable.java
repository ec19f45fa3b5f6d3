package dev.slogate.reports.console;

import dev.slogate.reports.internal.HealthWords;
import dev.slogate.reports.words.Wording;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.gate.GateDecision;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The verdict table printed at the end of a run: worst objectives first, each with its measured value,
 * interval, target, sample count and the one-sentence reason; then phases whose load was not as planned, how late
 * the injector started users in each phase, the injector's health in each phase where it was sampled (the notes say
 * when it was not), what the SLO file documents but no run can check, and the gate's decision.
 */
public final class ConsoleVerdictTable {

  private ConsoleVerdictTable() {}

  public static String render(Evaluation evaluation, GateDecision gate) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n---- slogate verdict: %s — %s %s ----%n",
        evaluation.verdict(), evaluation.spec().system(), evaluation.spec().version()));
    out.append(String.format(Locale.ROOT, "%-13s %-28s %-14s %-22s %-12s %9s%n",
        "verdict", "objective", "measured", "interval", "target", "samples"));
    List<ObjectiveResult> worstFirst = evaluation.results().stream()
        .sorted(Comparator.comparing(ObjectiveResult::verdict).reversed())
        .toList();
    for (ObjectiveResult result : worstFirst) {
      Measurement m = result.measurement();
      out.append(String.format(Locale.ROOT, "%-13s %-28s %-14s %-22s %-12s %9s%n",
          result.verdict(), clip(result.name(), 28), estimate(m), interval(m),
          result.target() == null ? "-" : Words.threshold(result.target()),
          m == null ? "-" : String.format(Locale.ROOT, "%,d", m.samples())));
      out.append("              ").append(Words.reason(result)).append(System.lineSeparator());
    }
    for (PhaseValidity phase : evaluation.phases()) {
      if (phase.status() == PhaseValidity.LoadStatus.INVALID) {
        out.append("load: phase ").append(phase.window().phase()).append(": ").append(Words.load(phase))
            .append(System.lineSeparator());
      }
    }
    List<String> lags = evaluation.phases().stream()
        .filter(phase -> phase.scheduleLag().isPresent())
        .map(phase -> phase.phase() + " " + Words.scheduleLag(phase.scheduleLag().get()))
        .toList();
    if (!lags.isEmpty()) {
      out.append("schedule lag: ").append(String.join("; ", lags)).append(System.lineSeparator());
    }
    for (PhaseValidity phase : evaluation.phases()) {
      if (phase.health().figures().isPresent()) {
        out.append("injector health: ").append(HealthWords.line(phase)).append(System.lineSeparator());
      }
    }
    for (NotCovered item : evaluation.notCovered()) {
      out.append("not covered: ").append(item.name()).append(" — ").append(item.reason()).append(System.lineSeparator());
    }
    Words.notes(evaluation).forEach(note -> out.append("note: ").append(note).append(System.lineSeparator()));
    out.append("slogate: ").append(Words.summary(evaluation)).append(System.lineSeparator());
    out.append("slogate: ").append(gate.describe()).append(System.lineSeparator());
    return out.toString();
  }

  private static String estimate(Measurement m) {
    return m == null || m.estimate() == null ? "no data" : Wording.value(m.estimate(), m.unit());
  }

  private static String interval(Measurement m) {
    if (m == null || m.low() == null || m.high() == null) {
      return "-";
    }
    return Wording.range(m.low(), m.high(), m.unit()) + String.format(Locale.ROOT, " (%.0f%%)", m.confidence() * 100);
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
