package dev.slogate.simulations.run;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the {@code simulation.log} Gatling wrote for this run: the newest one in the results folder that
 * was written after the run started. Gatling does not tell a simulation its own run id, so the time is
 * what ties the two together.
 */
public final class GatlingResults {

  public static final String RESULTS_PROPERTY = Options.GATLING_RESULTS.key();
  public static final String LOG_FILE = "simulation.log";

  private GatlingResults() {}

  public static Path resultsFolder() {
    return Path.of(OptionValues.load().orDefault(Options.GATLING_RESULTS).orElse("target/gatling"));
  }

  public static Optional<Path> logWrittenSince(Path resultsFolder, long epochMillis) {
    if (!Files.isDirectory(resultsFolder)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(resultsFolder)) {
      return runs.map(run -> run.resolve(LOG_FILE))
          .filter(Files::isRegularFile)
          .filter(log -> modified(log).toMillis() >= epochMillis)
          .max(Comparator.comparing(GatlingResults::modified));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Gatling results in " + resultsFolder, e);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
