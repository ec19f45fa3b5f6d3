package dev.slogate.simulations.internal.run;

import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code target/slogate/<run-id>/}: where one run's plan, record and verdict go, and the {@code latest}
 * link beside it.
 *
 * @param root the folder holding every run, {@code target/slogate} of the module that ran
 * @param runId the run's id, its folder name
 */
public record RunDirectory(Path root, String runId) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  public static final String LATEST = "latest";

  /** The SLO file the run is judged on, copied verbatim. */
  public static final String SLO_FILE = "slo.yaml";

  /** A new run id for a simulation: its simple name in lower case and the UTC start time. */
  public static RunDirectory create(Path root, String simulationClassName, Instant now) {
    RunDirectory run = new RunDirectory(root, newRunId(simulationClassName, now));
    try {
      Files.createDirectories(run.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run folder " + run.path() + ": " + e.getMessage(), e);
    }
    return run;
  }

  /**
   * The folder of a run whose id was handed out ({@code slogate.runId}, shared by the injectors of one run).
   *
   * @throws IllegalArgumentException for an id that is not a plain folder name
   */
  public static RunDirectory named(Path root, String runId) {
    if (!runId.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || runId.equals(LATEST)) {
      throw new IllegalArgumentException("slogate.runId=" + runId + " is not a plain folder name (letters, digits, "
          + "'.', '_' and '-')");
    }
    RunDirectory run = new RunDirectory(root, runId);
    try {
      Files.createDirectories(run.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create run folder " + run.path() + ": " + e.getMessage(), e);
    }
    return run;
  }

  /** A new run id, without creating its folder. */
  public static String newRunId(String simulationClassName, Instant now) {
    String simple = simulationClassName.substring(simulationClassName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return simple + "-" + STAMP.format(now);
  }

  public Path path() {
    return root.resolve(runId);
  }

  public Path file(String name) {
    return path().resolve(name);
  }

  /** Writes a text file into the run folder atomically. */
  public void writeText(String name, String text) {
    Path target = file(name);
    try {
      AtomicFiles.writeString(target, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Points {@code latest} at this run. A relative symbolic link, replaced atomically; where links are not
   * allowed, a copy would mislead, so a small text file names the run instead.
   */
  public void markLatest() {
    Path latest = root.resolve(LATEST);
    try {
      if (Files.isDirectory(latest) && !Files.isSymbolicLink(latest)) {
        throw new IOException(latest + " is a real folder; remove it");
      }
      AtomicFiles.replace(latest, tmp -> {
        try {
          Files.createSymbolicLink(tmp, Path.of(runId));
        } catch (UnsupportedOperationException | IOException e) {
          Files.writeString(tmp, runId + System.lineSeparator());
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + latest + ": " + e.getMessage(), e);
    }
  }
}
