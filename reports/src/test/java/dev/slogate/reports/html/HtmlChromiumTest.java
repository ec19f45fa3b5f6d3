package dev.slogate.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.RequiredPrograms;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.gate.GatePolicy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
    Path chromium = RequiredPrograms.require("chromium", "chromium", "chromium-browser");
    Path png = SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    Result shot = run(chromium, "--screenshot=" + png, "--window-size=1280,2400", "--enable-logging=stderr", "--v=0",
        html.toUri().toString());
    assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot: " + shot.stderr);
    assertNoConsoleErrors(shot.stderr);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    long white = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        white += rgb == 0xFFFFFF ? 1 : 0;
      }
    }
    long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
    assertTrue(colours.size() > 200, "a drawn report has many colours, this one " + colours.size());
    assertTrue(white < sampled * 0.9, "the screenshot is nearly all white");

    Result dom = run(chromium, "--dump-dom", "--enable-logging=stderr", "--v=0", html.toUri().toString());
    assertNoConsoleErrors(dom.stderr);
    assertEquals(charts, count(dom.stdout, "<svg"), "one svg per chart");
    assertTrue(count(dom.stdout, "<path") >= charts * 2, "the charts drew their series as paths");
    assertTrue(dom.stdout.contains("id=\"verdict\""), "the verdict banner is in the DOM");
    return dom.stdout;
  }

  private record Result(String stdout, String stderr) {}

  private Result run(Path chromium, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s");
    }
    return new Result(Files.readString(out), Files.readString(err));
  }

  private static void assertNoConsoleErrors(String stderr) {
    for (String line : stderr.split("\\R")) {
      assertTrue(!line.contains("Uncaught") && !line.contains("ERROR:CONSOLE"), "console error: " + line);
    }
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
