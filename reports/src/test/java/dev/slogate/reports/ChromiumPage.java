package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
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

/**
 * A report page rendered by a real headless Chromium: a screenshot that must not be blank, the DOM as
 * Chromium built it, and no console error. Shared with the simulations module's end-to-end tests through
 * this module's test jar.
 */
public final class ChromiumPage {

  private final String dom;

  private ChromiumPage(String dom) {
    this.dom = dom;
  }

  /**
   * Renders {@code html}, keeps the screenshot at {@code png}, and checks that it really drew.
   *
   * @param profile an empty folder for Chromium's profile
   */
  public static ChromiumPage render(Path html, Path png, Path profile) throws Exception {
    Path chromium = RequiredPrograms.require("chromium", "chromium", "chromium-browser");
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    Result shot = run(chromium, profile, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2400",
        "--enable-logging=stderr", "--v=0", html.toUri().toString());
    assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot: " + shot.stderr);
    assertNoConsoleErrors(shot.stderr);
    assertDrawn(ImageIO.read(png.toFile()));
    Result dom = run(chromium, profile, "--dump-dom", "--enable-logging=stderr", "--v=0", html.toUri().toString());
    assertNoConsoleErrors(dom.stderr);
    return new ChromiumPage(dom.stdout);
  }

  public String dom() {
    return dom;
  }

  public int count(String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(dom);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void assertDrawn(BufferedImage image) {
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
  }

  private record Result(String stdout, String stderr) {}

  private static Result run(Path chromium, Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish within 90 s");
      }
      return new Result(Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void assertNoConsoleErrors(String stderr) {
    for (String line : stderr.split("\\R")) {
      assertTrue(!line.contains("Uncaught") && !line.contains("ERROR:CONSOLE"), "console error: " + line);
    }
  }
}
