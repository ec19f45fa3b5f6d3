package dev.slogate.reports.internal.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.Golden;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.slo.spec.SloSpecs;
import org.junit.jupiter.api.Test;

class HtmlReportFormatTest {

  @Test
  void regressionRunMatchesTheExpectedFile() {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Golden.assertMatches("added-latency-vs-healthy-a.report.html", Golden.render(() -> HtmlReportFormat.render(input)));
  }

  @Test
  void failingObjectivesComeFirstAndTheReportIsSelfContained() {
    String html = HtmlReportFormat.render(Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT));
    int firstFail = html.indexOf("<tr class=\"r-FAIL\">");
    int firstPass = html.indexOf("<tr class=\"r-PASS\">");
    assertTrue(firstFail > 0 && firstFail < firstPass, "FAIL rows before PASS rows");
    for (String external : new String[] {"<script", "<link", "<img", "src=", "@import", "url(", "href=\"http"}) {
      assertFalse(html.contains(external), "a self-contained report has no " + external);
    }
    assertTrue(html.contains("<section id=\"regression\">") && html.contains("p99-latency-vs-baseline"));
    assertTrue(html.contains("No fault injected"));
  }

  @Test
  void textFromTheSpecAndTheRunIsEscaped() {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    Evaluation evaluation = new Evaluator().evaluate(SloSpecs.parse("system: \"<script>alert('s')</script>\"\nversion: \"1\"\n"
        + "objectives:\n  - {name: \"<img src=x onerror=alert(1)>\", kind: latency, percentile: 50, threshold: 25ms,"
        + " source: {document: \"</td><script>x</script>\", section: \"&amp;\"}}\n", "s.yaml"), folder.record(), folder.plan());
    ReportInput input = new ReportInput(evaluation, Gate.decide(evaluation, GatePolicy.DEFAULT), folder.record(), folder.plan(), null,
        Regression.none(), Fixtures.evidence("run"));
    String html = HtmlReportFormat.render(input);
    assertFalse(html.contains("<script>") || html.contains("<img") || html.contains("</td><script"), "nothing unescaped");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("&amp;amp;"), "an entity in the input is shown, not interpreted");
  }
}
