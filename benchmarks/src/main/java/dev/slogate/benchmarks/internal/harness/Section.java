package dev.slogate.benchmarks.internal.harness;

import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark's part of {@code benchmarks/RESULTS.md}: a heading, the command, date and load average it
 * ran under, its tables and notes, and the headline rows (figure, target, measured, met) that the summary
 * at the top of the file collects. Written as {@code <results>/<item>.md} and {@code <item>.headline.tsv}.
 */
public final class Section {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String item;
  private final String title;
  private final SuiteOptions options;
  private final Instant started = Instant.now();
  private final String loadAtStart = loadAverage();
  private final StringBuilder body = new StringBuilder();
  private final List<String> headlines = new ArrayList<>();

  public Section(String item, String title, SuiteOptions options) {
    this.item = item;
    this.title = title;
    this.options = options;
  }

  public Section paragraph(String text) {
    body.append(text.strip()).append("\n\n");
    return this;
  }

  public Section table(Table table) {
    body.append(table.render()).append('\n');
    return this;
  }

  public Section code(String text) {
    body.append("```\n").append(text.strip()).append("\n```\n\n");
    return this;
  }

  /** A row of the summary table at the top of RESULTS.md. */
  public Section headline(String figure, String target, String measured, Met met) {
    headlines.add(String.join("\t", item, figure, target, measured, met.toString()));
    return this;
  }

  /**
   * When {@code program} is not installed: writes the section with a note and a headline saying so, and returns
   * true; under {@code SLOGATE_REQUIRE_ALL=1} throws instead. False when it is installed.
   */
  public boolean skippedWithout(boolean installed, String program, String debianPackage, String figure, String target) {
    if (installed) {
      return false;
    }
    String missing = program + " is not installed (apt-get install -y " + debianPackage + ")";
    if ("1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      throw new IllegalStateException(missing + " and SLOGATE_REQUIRE_ALL=1");
    }
    paragraph("**Skipped: " + program + " is not installed** (`apt-get install -y " + debianPackage + "`).");
    headline(figure, target, "not measured: " + program + " missing", Met.NOT_JUDGED);
    write();
    return true;
  }

  /** Writes the section and its headline rows (atomically), and prints the section. */
  public void write() {
    Instant ended = Instant.now();
    String text = "## " + title + "\n\n"
        + "Command " + options.command() + (options.quick() ? " with `QUICK=1` (a smoke run: short phases, not the published figures)" : "")
        + "; ran " + UTC.format(started) + " to " + UTC.format(ended) + " (" + minutes(Duration.between(started, ended))
        + "); load average (1/5/15 min) " + loadAtStart + " at its start, " + loadAverage() + " at its end. "
        + "Machine: see the top of this file.\n\n"
        + body;
    writeAtomically(options.results().resolve(item + ".md"), text);
    writeAtomically(options.results().resolve(item + ".headline.tsv"),
        headlines.isEmpty() ? "" : String.join("\n", headlines) + "\n");
    System.out.println(text);
  }

  /** The 1, 5 and 15 minute load averages, as /proc/loadavg has them. */
  public static String loadAverage() {
    try {
      // /proc files report a size of 0, which Files.readString trusts: read them as lines.
      String[] fields = Files.readAllLines(Path.of("/proc/loadavg")).get(0).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "(unknown)";
    }
  }

  private static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds < 120 ? seconds + " s" : String.format("%.1f min", seconds / 60.0);
  }

  private static void writeAtomically(Path file, String text) {
    try {
      AtomicFiles.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
