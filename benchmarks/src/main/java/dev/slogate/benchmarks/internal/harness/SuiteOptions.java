package dev.slogate.benchmarks.internal.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a benchmark driver was started, from system properties its {@code run.sh} sets.
 *
 * @param quick {@code bench.quick}: short phases and fewer steps, a smoke run whose figures are not the
 *     published ones
 * @param command {@code bench.command}: the command that started the benchmark, as Markdown (code spans), for its
 *     section
 * @param results {@code bench.results}: where the Markdown section and the headline rows go
 * @param work {@code bench.work}: scratch space (logs, Gatling runs), removed by nobody but {@code mvn clean}
 */
public record SuiteOptions(boolean quick, String command, Path results, Path work) {

  public static SuiteOptions fromSystemProperties(String item) {
    boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
    String command = System.getProperty("bench.command", "`benchmarks/" + item + "/run.sh`");
    Path results = Path.of(System.getProperty("bench.results", "benchmarks/target/results"));
    Path work = Path.of(System.getProperty("bench.work", "benchmarks/target/" + item));
    try {
      Files.createDirectories(results);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + results + " or " + work + ": " + e.getMessage(), e);
    }
    return new SuiteOptions(quick, command, results.toAbsolutePath(), work.toAbsolutePath());
  }

  /** {@code full} in a full run, {@code quick} in a smoke run. */
  public <T> T pick(T full, T quickValue) {
    return quick ? quickValue : full;
  }
}
