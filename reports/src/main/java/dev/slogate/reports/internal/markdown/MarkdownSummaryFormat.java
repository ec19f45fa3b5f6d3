package dev.slogate.reports.internal.markdown;

import dev.slogate.reports.ReportFormat;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.internal.HealthWords;
import dev.slogate.reports.internal.ObjectiveRow;
import dev.slogate.reports.internal.ReportFiles;
import dev.slogate.reports.internal.VerdictWords;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GateDecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code summary.md}: what a CI step summary or a pull-request comment shows. The verdict line, the objectives
 * worst first, the regression section, what is not covered, the load check and the injector's health. Text from the run (request names, reasons)
 * is escaped so that it cannot open a link, an HTML tag or a new table cell.
 */
public final class MarkdownSummaryFormat implements ReportFormat {

  public static final String FILE_NAME = "summary.md";

  @Override
  public String id() {
    return "md";
  }

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public Path writeOut(ReportInput input, Path outputDirectory) {
    return ReportFiles.writeAtomically(outputDirectory.resolve(FILE_NAME),
        render(input.evaluation(), input.gate(), input.regression()));
  }

  public static String render(Evaluation evaluation, GateDecision gate, Regression regression) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(icon(evaluation.verdict())).append(" slogate: ").append(VerdictWords.headline(gate))
        .append("\n\n");
    md.append("**").append(escape(evaluation.spec().system())).append("** (SLO version ")
        .append(escape(evaluation.spec().version())).append("), run `").append(code(evaluation.run().runId()))
        .append("`, simulation `").append(code(evaluation.run().simulation())).append("`\n\n");
    md.append(escape(Words.summary(evaluation))).append("\n\n");

    md.append("### Objectives\n\n");
    md.append("| verdict | objective | measured | interval | target | samples | reason |\n");
    md.append("|---|---|---|---|---|---:|---|\n");
    for (ObjectiveRow row : ObjectiveRow.worstFirst(evaluation)) {
      md.append("| ").append(icon(row.verdict())).append(' ').append(row.verdict())
          .append(" | ").append(escape(row.name()))
          .append(" | ").append(escape(row.measure() + " " + row.measured()))
          .append(" | ").append(escape(row.interval()))
          .append(" | ").append(escape(row.target()))
          .append(" | ").append(escape(row.samples()))
          .append(" | ").append(escape(row.reason()))
          .append(" |\n");
    }
    if (evaluation.results().isEmpty()) {
      md.append("| – | (none judged) | | | | | |\n");
    }

    md.append("\n### Regressions\n\n").append(escape(Words.regression(regression))).append('\n');
    List<ObjectiveRow> relative = regression.results().stream().map(ObjectiveRow::of).toList();
    if (!relative.isEmpty()) {
      md.append('\n');
      for (ObjectiveRow row : relative) {
        md.append("- ").append(icon(row.verdict())).append(" **").append(escape(row.name())).append("** ")
            .append(row.verdict()).append(": ").append(escape(row.reason())).append('\n');
      }
    }

    md.append("\n### Not covered\n\n");
    if (evaluation.notCovered().isEmpty()) {
      md.append("Every objective of the SLO file was judged.\n");
    }
    for (NotCovered item : evaluation.notCovered()) {
      md.append("- **").append(escape(item.name())).append("**: ").append(escape(item.reason())).append('\n');
    }
    loadCheck(md, evaluation);
    // Without a timeline the notes say "injector health not recorded" once; a section would only repeat it.
    if (evaluation.phases().stream().anyMatch(phase -> phase.health().figures().isPresent())) {
      md.append("\n### Injector health\n\n");
      evaluation.phases().forEach(phase -> md.append("- ").append(escape(HealthWords.line(phase))).append('\n'));
    }
    if (!evaluation.notes().isEmpty()) {
      md.append("\n### Notes\n\n");
      Words.notes(evaluation).forEach(note -> md.append("- ").append(escape(note)).append('\n'));
    }
    return md.toString();
  }

  /**
   * Whether the injector drove each judged phase as planned: the load check's outcome, arrivals against the plan,
   * the schedule lag, and the reason (for a closed model, whether its users were held), as the console, the HTML
   * report and {@code verdict.json} show it.
   */
  private static void loadCheck(StringBuilder md, Evaluation evaluation) {
    if (evaluation.phases().isEmpty()) {
      return;
    }
    md.append("\n### Load check\n\n");
    md.append("| phase | load | arrivals | planned | schedule lag | reason |\n");
    md.append("|---|---|---:|---:|---|---|\n");
    for (PhaseValidity phase : evaluation.phases()) {
      md.append("| ").append(escape(phase.phase()))
          .append(" | ").append(phase.isInvalid() ? icon(Verdict.INVALID) + " " : "").append(phase.status())
          .append(" | ").append(String.format(Locale.ROOT, "%,d", phase.achievedArrivals()))
          .append(" | ").append(phase.plannedArrivals().isPresent()
              ? String.format(Locale.ROOT, "%,.0f", phase.plannedArrivals().getAsDouble()) : ObjectiveRow.NONE)
          .append(" | ").append(escape(phase.scheduleLag().map(Words::scheduleLag).orElse(ObjectiveRow.NONE)))
          .append(" | ").append(escape(Words.load(phase)))
          .append(" |\n");
    }
  }

  static String icon(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "✅";
      case FAIL -> "❌";
      case INVALID -> "⛔";
      case INCONCLUSIVE -> "⚠️";
    };
  }

  /**
   * Escapes Markdown and inline HTML: a backslash before the punctuation inline Markdown gives a meaning,
   * HTML's {@code <}, {@code >} and {@code &} as entities, and line breaks folded so a table row stays one row.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r', '\n' -> out.append(' ');
        // Table cells and list items never start a line, so only inline syntax needs escaping; with the
        // brackets escaped, "(" can no longer complete a link.
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Inside a code span only the backtick matters; run ids and class names never hold one, but a file might. */
  private static String code(String text) {
    return text.replace("`", "'").replace('\n', ' ');
  }
}
