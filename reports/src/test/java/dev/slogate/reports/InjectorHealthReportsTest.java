package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.internal.html.HtmlReportFormat;
import dev.slogate.reports.internal.junit.JUnitXmlFormat;
import dev.slogate.reports.internal.markdown.MarkdownSummaryFormat;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.reports.internal.verdict.VerdictJson;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.health.InjectorSample;
import dev.slogate.slo.health.InjectorTimeline;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** Every output shows the injector's health: figures when the sampler recorded it, the cause when it was unhealthy. */
class InjectorHealthReportsTest {

  /** The healthy fixture run with a timeline of its seconds, every oversleep {@code hiccupMicros}. */
  private static ReportInput judged(long hiccupMicros) {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    List<InjectorSample> samples = new ArrayList<>();
    for (long s = folder.record().firstEpochSecond(); s < folder.record().endEpochSecondExclusive(); s++) {
      Histogram hiccups = SeriesStats.newHistogram();
      hiccups.recordValueWithCount(hiccupMicros, 1_000);
      samples.add(new InjectorSample(s, 0.3, 1.0, 4, hiccups, 400, 20_000, 120));
    }
    RunRecord record = folder.record().withInjectorTimeline(InjectorTimeline.of(samples));
    ReportInput input = RunJudgement.judge(folder.spec(), folder.sloText(), record, folder.plan(), null, null,
        RegressionCriteria.defaults(), GatePolicy.DEFAULT, folder.directory(), Fixtures.CLOCK);
    return new ReportInput(input.evaluation(), input.gate(), record, folder.plan(), null, input.regression(),
        Fixtures.evidence(record.metadata().runId()));
  }

  @Test
  void aHealthyInjectorIsShownWithItsFiguresInEveryOutput() throws Exception {
    ReportInput input = judged(2_000);
    assertEquals(Verdict.PASS, input.evaluation().verdict());
    String line = "steady: healthy; hiccup p99 2.00 ms (max 2.00 ms), machine CPU 100% (saturated 7 of 7 s), "
        + "injector CPU 30%, GC pauses 28 ms, descriptors 400 of 20,000, sockets 120";
    assertTrue(ConsoleVerdictTable.render(input.evaluation(), input.gate()).contains("injector health: " + line + "\n"));
    assertTrue(MarkdownSummaryFormat.render(input.evaluation(), input.gate(), input.regression())
        .contains("### Injector health\n\n- " + line + "\n"));
    assertTrue(JUnitXmlFormat.render(input.evaluation(), input.gate())
        .contains("<property name=\"slogate.injectorHealth.steady\" value=\"" + line + "\"/>"));
    JsonNode health = VerdictJson.toTree(input.evaluation(), input.gate()).get("phases").get(0).get("injectorHealth");
    assertEquals("HEALTHY", health.get("status").asText());
    assertEquals(2.0, health.get("hiccupP99Millis").asDouble(), 0.01);
    assertEquals(20_000, health.get("descriptorLimit").asLong());
    String html = HtmlReportFormat.render(input);
    assertTrue(html.contains("<section id=\"injector-health\"><h2>Injector health</h2><table>"), "the section");
    assertTrue(html.contains("Injector hiccups per second") && html.contains("Injector CPU and descriptors per second"),
        "both charts");
  }

  @Test
  void aStalledInjectorIsNamedAsTheCauseOfTheInvalidPhase() {
    ReportInput input = judged(40_000);
    assertEquals(Verdict.INVALID, input.evaluation().verdict());
    String console = ConsoleVerdictTable.render(input.evaluation(), input.gate());
    assertTrue(console.contains("load: phase steady: in steady the injector stalled: its hiccup p99 was 40 ms, above "
        + "the 25 ms allowed"), console);
    assertTrue(console.contains("injector health: steady: unhealthy; hiccup p99 40.0 ms"), console);
    assertTrue(HtmlReportFormat.render(input).contains("<tr class=\"r-INVALID\"><td>steady</td><td>unhealthy</td>"));
  }

  @Test
  void withoutATimelineEveryOutputSaysHealthWasNotRecorded() {
    ReportInput input = Fixtures.judged("healthy-a", null, GatePolicy.DEFAULT);
    String notRecorded = "Injector health not recorded: no timeline of slogate's sampler came with this run";
    assertTrue(ConsoleVerdictTable.render(input.evaluation(), input.gate()).contains("note: " + notRecorded));
    assertFalse(ConsoleVerdictTable.render(input.evaluation(), input.gate()).contains("injector health: "));
    assertTrue(MarkdownSummaryFormat.render(input.evaluation(), input.gate(), input.regression()).contains("- " + notRecorded));
    assertEquals("NOT_RECORDED", VerdictJson.toTree(input.evaluation(), input.gate()).get("phases").get(0)
        .get("injectorHealth").get("status").asText());
    assertTrue(HtmlReportFormat.render(input).contains("<section id=\"injector-health\"><h2>Injector health</h2>"
        + "<p class=\"empty\">" + notRecorded));
  }
}
