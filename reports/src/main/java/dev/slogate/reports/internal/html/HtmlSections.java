package dev.slogate.reports.internal.html;

import static dev.slogate.reports.internal.html.Html.esc;

import dev.slogate.reports.internal.HealthWords;
import dev.slogate.reports.internal.ObjectiveRow;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.reports.evidence.Evidence;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.ErrorBudget;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.PhaseHealth;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.ScheduleLag;
import java.util.List;
import java.util.Locale;

/** The report's sections below the banner, each a {@code <section>} with an id the navigation links to. */
final class HtmlSections {

  private final ReportInput input;
  private final Evaluation evaluation;

  HtmlSections(ReportInput input) {
    this.input = input;
    this.evaluation = input.evaluation();
  }

  String objectives() {
    List<ObjectiveRow> rows = ObjectiveRow.worstFirst(evaluation);
    StringBuilder html = new StringBuilder("<section id=\"objectives\"><h2>Objectives</h2>");
    html.append("<p class=\"source\">Failing objectives first. Each interval is a two-sided confidence interval;")
        .append(" a verdict uses the one-sided bound at the same confidence.</p>");
    table(html, rows, "No objective was judged.");
    return html.append("</section>").toString();
  }

  private static void table(StringBuilder html, List<ObjectiveRow> rows, String empty) {
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">").append(esc(empty)).append("</p>");
      return;
    }
    html.append("<table><thead><tr><th>verdict</th><th>objective</th><th>measured</th><th>interval</th><th>target</th>")
        .append("<th>samples</th><th>reason</th><th>source</th></tr></thead><tbody>");
    for (ObjectiveRow row : rows) {
      html.append("<tr class=\"r-").append(row.verdict()).append("\">")
          .append("<td><span class=\"pill v-").append(row.verdict()).append("\">").append(row.verdict()).append("</span></td>")
          .append("<td class=\"nowrap\"><strong>").append(esc(row.name())).append("</strong><br><span class=\"source\">")
          .append(esc(row.measure() + " of " + row.series() + (row.phases().isEmpty() ? "" : ", " + row.phases())))
          .append("</span></td>")
          .append("<td class=\"num\">").append(esc(row.measured())).append("</td>")
          .append("<td class=\"num\">").append(esc(row.interval())).append("</td>")
          .append("<td class=\"num\">").append(esc(row.target())).append("</td>")
          .append("<td class=\"num\">").append(esc(row.samples())).append("</td>")
          .append("<td class=\"reason\">").append(esc(row.reason())).append("</td>")
          .append("<td class=\"source\">").append(esc(row.source())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  String errorBudget() {
    StringBuilder html = new StringBuilder("<section id=\"budget\"><h2>Error budget</h2>");
    if (evaluation.errorBudgets().isEmpty()) {
      html.append("<p class=\"empty\">No availability objective with requests, so no error budget.</p>");
    }
    for (ErrorBudget budget : evaluation.errorBudgets()) {
      double used = Math.max(0, budget.consumed());
      String css = used > 1 ? "over" : used > 0.5 ? "warn" : "ok";
      html.append("<div class=\"budget\"><div><strong>").append(esc(budget.objective())).append("</strong><br>")
          .append("<span class=\"source\">SLO ").append(esc(percent(budget.slo()))).append(", budget ")
          .append(esc(percent(budget.budget()))).append(" of requests</span></div>")
          .append("<div class=\"bar\" title=\"").append(esc(percent(used)) + " used").append("\"><span class=\"").append(css)
          .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", Math.min(1, used) * 100)).append("%\"></span></div>")
          .append("<div>").append(esc(String.format(Locale.ROOT, "%s used, %s remaining; %,d failed of %,d requests (%,.1f allowed); burn rate %.2f×",
              percent(used), percent(budget.remaining()), budget.failed(), budget.requests(), budget.allowedFailures(), budget.burnRate())))
          .append("</div></div>");
      if (!budget.faultShares().isEmpty()) {
        html.append("<ul class=\"plain\">");
        for (ErrorBudget.FaultBudgetShare share : budget.faultShares()) {
          html.append("<li>").append(esc(String.format(Locale.ROOT, "%s (%s): %,d failed requests, %s of the budget",
              share.fault(), share.experiment(), share.failedRequests(), percent(share.share())))).append("</li>");
        }
        html.append("</ul>");
      }
    }
    return html.append("</section>").toString();
  }

  String chaos() {
    StringBuilder html = new StringBuilder("<section id=\"chaos\"><h2>Chaos</h2>");
    List<FaultWindow> faults = input.timeline() != null ? input.timeline().faults() : evaluation.faults();
    if (faults.isEmpty()) {
      return html.append("<p class=\"empty\">No fault injected: this run measured load only.</p></section>").toString();
    }
    long start = evaluation.run().epochStartMillis();
    html.append("<table><thead><tr><th>experiment</th><th>fault</th><th>injected</th><th>detected after</th>")
        .append("<th>failover</th><th>downtime</th><th>recovered</th><th>KOs in window</th></tr></thead><tbody>");
    for (FaultWindow fault : faults) {
      html.append("<tr class=\"").append(fault.failedOver() ? "" : "r-FAIL").append("\"><td>").append(esc(fault.experiment()))
          .append("</td><td>").append(esc(fault.fault()))
          .append("</td><td class=\"num\">").append(esc(offset(fault.injectedAtEpochMillis() - start)))
          .append("</td><td class=\"num\">").append(esc(fault.timeToDetectMillis().isPresent() ? millis(fault.timeToDetectMillis().getAsLong()) : "not detected"))
          .append("</td><td class=\"num\">").append(esc(fault.failoverMillis() == null ? "never" : millis(fault.failoverMillis())))
          .append("</td><td class=\"num\">").append(esc(millis(fault.downtimeMillis())))
          .append("</td><td class=\"num\">").append(esc(fault.recoveredAtEpochMillis() == null ? "not removed" : offset(fault.recoveredAtEpochMillis() - start)))
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", fault.gatlingKoInWindow())).append("</td></tr>");
    }
    return html.append("</tbody></table></section>").toString();
  }

  String regression(String distributionNote) {
    Regression regression = input.regression();
    StringBuilder html = new StringBuilder("<section id=\"regression\"><h2>Regression</h2>");
    html.append("<p").append(regression.compared() ? "" : " class=\"empty\"").append(">").append(esc(Words.regression(regression))).append("</p>");
    if (!regression.results().isEmpty()) {
      table(html, regression.results().stream().map(ObjectiveRow::of).toList(), "");
    }
    if (distributionNote != null) {
      html.append("<p class=\"source\">").append(esc(distributionNote)).append("</p>");
    }
    return html.append("</section>").toString();
  }

  String notCovered() {
    StringBuilder html = new StringBuilder("<section id=\"not-covered\"><h2>Not covered</h2>");
    if (evaluation.notCovered().isEmpty()) {
      return html.append("<p class=\"empty\">Every objective of the SLO file was judged.</p></section>").toString();
    }
    html.append("<table><thead><tr><th>objective</th><th>why not</th><th>promise</th><th>source</th></tr></thead><tbody>");
    for (NotCovered item : evaluation.notCovered()) {
      html.append("<tr><td><strong>").append(esc(item.name())).append("</strong></td><td>").append(esc(item.reason()))
          .append("</td><td>").append(esc(item.objective().statement().orElse(ObjectiveRow.NONE)))
          .append("</td><td class=\"source\">").append(esc(item.objective().source().map(Object::toString).orElse(ObjectiveRow.NONE)))
          .append("</td></tr>");
    }
    return html.append("</tbody></table></section>").toString();
  }

  String load() {
    StringBuilder html = new StringBuilder("<section id=\"load\"><h2>Load check</h2>");
    if (evaluation.phases().isEmpty()) {
      return html.append("<p class=\"empty\">No phase was judged.</p></section>").toString();
    }
    html.append("<table><thead><tr><th>phase</th><th>judged window</th><th>achieved arrivals</th><th>planned</th>")
        .append("<th>schedule lag</th><th>load</th><th>reason</th></tr></thead><tbody>");
    long start = evaluation.run().epochStartMillis();
    for (PhaseValidity phase : evaluation.phases()) {
      html.append("<tr class=\"").append(phase.isInvalid() ? "r-INVALID" : "").append("\"><td>").append(esc(phase.phase()))
          .append("</td><td class=\"num\">").append(esc(offset(phase.window().fromEpochSecond() * 1000 - start) + " – "
              + offset(phase.window().toEpochSecondExclusive() * 1000 - start) + " (" + phase.window().seconds() + " s)"))
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", phase.achievedArrivals()))
          .append("</td><td class=\"num\">").append(phase.plannedArrivals().isPresent()
              ? String.format(Locale.ROOT, "%,.0f", phase.plannedArrivals().getAsDouble()) : ObjectiveRow.NONE)
          .append("</td><td class=\"num\">").append(esc(phase.scheduleLag().map(Words::scheduleLag).orElse(ObjectiveRow.NONE)))
          .append("</td><td><span class=\"pill v-").append(phase.status()).append("\">").append(phase.status()).append("</span>")
          .append("</td><td>").append(esc(Words.load(phase))).append("</td></tr>");
    }
    return html.append("</tbody></table></section>").toString();
  }

  /** The injector's health per judged phase: status, figures and reason; the charts follow in the report. */
  String injectorHealth() {
    if (evaluation.phases().isEmpty()) {
      return "<p class=\"empty\">No phase was judged.</p>";
    }
    if (!input.record().injectorTimeline().recorded()) {
      return "<p class=\"empty\">" + esc(capitalizeFirst(Words.HEALTH_NOT_RECORDED) + ": no timeline of slogate's "
          + "sampler came with this run (a Gatling log read on its own, or a run recorded before slogate sampled its "
          + "injector), so the injector is not known to have been healthy, and connection-level failures count against "
          + "the target.") + "</p>";
    }
    StringBuilder html = new StringBuilder("<table><thead><tr><th>phase</th><th>health</th><th>figures</th><th>reason</th>")
        .append("</tr></thead><tbody>");
    for (PhaseValidity phase : evaluation.phases()) {
      PhaseHealth health = phase.health();
      html.append("<tr class=\"").append(health.unhealthy() ? "r-INVALID" : "").append("\"><td>").append(esc(phase.phase()))
          .append("</td><td>").append(esc(HealthWords.status(health)))
          .append("</td><td>").append(esc(health.figures().map(HealthWords::figures).orElse(ObjectiveRow.NONE)))
          .append("</td><td>").append(esc(Words.health(health))).append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String capitalizeFirst(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  String notes() {
    StringBuilder html = new StringBuilder("<section id=\"notes\"><h2>Notes</h2>");
    if (evaluation.notes().isEmpty()) {
      return html.append("<p class=\"empty\">None.</p></section>").toString();
    }
    html.append("<ul class=\"plain\">");
    Words.notes(evaluation).forEach(note -> html.append("<li>").append(esc(note)).append("</li>"));
    return html.append("</ul></section>").toString();
  }

  String evidence() {
    Evidence e = input.evidence();
    StringBuilder html = new StringBuilder("<section id=\"evidence\"><h2>Evidence</h2><dl class=\"evidence\">");
    item(html, "SLO file", evaluation.spec().origin() + " (" + evaluation.spec().system() + " version " + evaluation.spec().version() + ")");
    item(html, "SLO file SHA-256", e.sloSha256());
    item(html, "git commit", e.gitCommit());
    item(html, "target", e.targetUrl());
    item(html, "run ids", String.join(", ", e.runIds()));
    if (input.regression().baselineRunId() != null) {
      item(html, "baseline run", input.regression().baselineRunId() + " (" + input.regression().baselineOrigin() + ")");
    }
    item(html, "simulation", evaluation.run().simulation());
    item(html, "scale factor", e.scaleFactor() == null ? "unknown (no run plan)" : trim(e.scaleFactor()));
    item(html, "target time scale", e.targetTimeScale() == null ? "unknown (no run plan)"
        : e.targetTimeScale() == 1 ? "1 (the target's own timings)"
        : trim(e.targetTimeScale()) + " (a stand-in running the guide's timings that many times faster)");
    item(html, "slogate version", e.slogateVersion());
    item(html, "Gatling version", e.gatlingVersion());
    item(html, "Java version", e.javaVersion());
    item(html, "injectors", e.injectors().isEmpty() ? "none" : String.join(", ", e.injectors()));
    item(html, "report host", e.reportHost());
    item(html, "record complete", evaluation.run().complete() ? "yes" : "no: the log ended early");
    item(html, "gate policy", "inconclusive=" + input.gate().policy().inconclusive() + ", exit code " + input.gate().exitCode());
    return html.append("</dl><p class=\"source\">evidence.json beside this report lists the SHA-256 of every file of the run")
        .append(" folder; run-record.json.gz holds the raw histograms.</p></section>").toString();
  }

  private static void item(StringBuilder html, String term, String value) {
    html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  static String percent(double ratio) {
    double p = ratio * 100;
    return (Math.abs(p) >= 10 || p == 0 ? String.format(Locale.ROOT, "%.1f", p) : String.format(Locale.ROOT, "%.3g", p))
        .replaceAll("\\.0$", "") + "%";
  }

  static String millis(long millis) {
    return millis >= 1000 ? String.format(Locale.ROOT, "%.3f s", millis / 1000.0) : millis + " ms";
  }

  static String offset(long millis) {
    return String.format(Locale.ROOT, "+%.1f s", millis / 1000.0);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
