package dev.slogate.reports.internal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.Golden;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.gate.GatePolicy;
import org.junit.jupiter.api.Test;

class MarkdownSummaryFormatTest {

  @Test
  void regressionRunMatchesTheExpectedFile() {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Golden.assertMatches("added-latency-vs-healthy-a.summary.md",
        Golden.render(() -> MarkdownSummaryFormat.render(input.evaluation(), input.gate(), input.regression())));
  }

  @Test
  void healthyRunWithoutBaselineSaysSo() {
    ReportInput input = Fixtures.judged("healthy-a", null, GatePolicy.DEFAULT);
    String md = MarkdownSummaryFormat.render(input.evaluation(), input.gate(), input.regression());
    assertEquals("## ✅ slogate: PASS — gate passed", md.lines().findFirst().orElseThrow());
    assertTrue(md.contains("### Regressions\n\nNo baseline: no regression comparison was made"), md);
    assertTrue(md.contains("- **data-durability**: The reference stack keeps no data"), md);
  }

  @Test
  void markdownAndHtmlInRunTextAreNeutralised() {
    assertEquals("GET /api/\\*\\_x \\| &lt;img src=x&gt; \\[a\\](b) line two",
        MarkdownSummaryFormat.escape("GET /api/*_x | <img src=x> [a](b)\nline two"));
  }
}
