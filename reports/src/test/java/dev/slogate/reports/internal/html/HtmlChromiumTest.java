package dev.slogate.reports.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.ChromiumPage;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.gate.GatePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in a real headless Chromium and checks that it drew: a screenshot that is not blank,
 * the SVG charts in the DOM, and no console error. Screenshots stay in {@code target/report-screenshots/}.
 */
class HtmlChromiumTest {

  static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

  @TempDir Path profile;

  @Test
  void failingRunWithBaselineRendersInChromium() throws Exception {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Path html = write(input, "added-latency-vs-healthy-a");
    checkDrawn(html, "added-latency-vs-healthy-a", 3);
  }

  @Test
  void passingRunWithFaultsRendersInChromium() throws Exception {
    ReportInput judged = Fixtures.judged("healthy-a", null, GatePolicy.DEFAULT);
    long start = judged.record().metadata().epochStartMillis();
    ChaosTimeline timeline = new ChaosTimeline(List.of(
        new FaultWindow("kill-replica", "pod-kill replica-1", start + 5_000, start + 7_000L, start + 5_120L, 1_450L, 900, 12)),
        List.of());
    ReportInput input = new ReportInput(judged.evaluation(), judged.gate(), judged.record(), judged.plan(), timeline,
        judged.regression(), judged.evidence());
    Path html = write(input, "healthy-a-with-fault");
    String dom = checkDrawn(html, "healthy-a-with-fault", 3);
    assertTrue(dom.contains("pod-kill replica-1"), "the fault table names the fault");
  }

  private Path write(ReportInput input, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path html = SCREENSHOTS.resolve(name + ".html").toAbsolutePath();
    Files.writeString(html, HtmlReportFormat.render(input), StandardCharsets.UTF_8);
    return html;
  }

  private String checkDrawn(Path html, String name, int charts) throws Exception {
    ChromiumPage page = ChromiumPage.render(html, SCREENSHOTS.resolve(name + ".png").toAbsolutePath(), profile);
    assertEquals(charts, page.count("<svg"), "one svg per chart");
    assertTrue(page.count("<path") >= charts * 2, "the charts drew their series as paths");
    assertTrue(page.dom().contains("id=\"verdict\""), "the verdict banner is in the DOM");
    return page.dom();
  }
}
