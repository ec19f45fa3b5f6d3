package dev.slogate.benchmarks.reader;

import dev.slogate.config.AtomicFiles;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SyntheticLogGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The synthetic {@code simulation.log} the reader benchmark reads. It sits in Gatling's results layout,
 * {@code <results>/<run>/simulation.log}, so that Gatling's own report mode ({@code -ro <run> -rf <results>})
 * reads the very same bytes.
 *
 * <p>The log is generated once and reused: it is deterministic for a size (fixed seed and rate), and writing
 * it takes longer than reading it. It is written under a temporary name and moved into place, so an
 * interrupted generation never leaves a short log that a later run would reuse; a reused log is still
 * counted before it is trusted.
 *
 * @param results the Gatling results folder
 * @param run the run folder's name inside it
 * @param file the log
 * @param requests the Request records it holds
 * @param bytes its size
 */
public record BenchmarkLog(Path results, String run, Path file, long requests, long bytes) {

  /** 5,000 requests/s: a 5 M-request log spans 1,000 seconds, so the record holds 1,000 slices. */
  public static final int REQUESTS_PER_SECOND = 5_000;

  public static final long SEED = 1;

  /** The generator writes whole users of four requests each. */
  private static final int REQUESTS_PER_USER = 4;

  /** Finds the log for this many requests under {@code results}, generating it when it is not there yet. */
  public static BenchmarkLog prepare(Path results, long requests) {
    if (requests <= 0) {
      throw new IllegalArgumentException("requests must be positive, got " + requests);
    }
    long expected = (requests + REQUESTS_PER_USER - 1) / REQUESTS_PER_USER * REQUESTS_PER_USER;
    String run = "reader-" + expected;
    Path file = results.resolve(run).resolve(SimulationLogDecoder.LOG_FILE_NAME);
    if (!Files.isRegularFile(file)) {
      generate(file, expected);
    }
    long counted = countRequests(file);
    if (counted != expected) {
      throw new IllegalStateException(
          file + " holds " + counted + " requests, not " + expected + "; delete it to have it generated again");
    }
    return new BenchmarkLog(results, run, file, counted, size(file));
  }

  private static void generate(Path file, long requests) {
    try {
      AtomicFiles.replace(file, partial -> SyntheticLogGenerator.generate(partial, requests, REQUESTS_PER_SECOND, SEED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate " + file + ": " + e.getMessage(), e);
    }
  }

  private static long countRequests(Path file) {
    long[] requests = {0};
    SimulationLogDecoder.decode(file, new LogEventListener() {
      @Override
      public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
        requests[0]++;
      }
    });
    return requests[0];
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code BenchmarkLog <resultsFolder> <requests>}: prepares the log and prints where it is, one key=value a line. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: BenchmarkLog <resultsFolder> <requests>");
      System.exit(2);
    }
    long started = System.nanoTime();
    BenchmarkLog log;
    try {
      log = prepare(Path.of(args[0]), Long.parseLong(args[1]));
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      // NumberFormatException is an IllegalArgumentException; its message names the bad input.
      System.err.println("cannot prepare the benchmark log: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println("run=" + log.run());
    System.out.println("file=" + log.file());
    System.out.println("requests=" + log.requests());
    System.out.println("bytes=" + log.bytes());
    System.out.println("prepareMillis=" + (System.nanoTime() - started) / 1_000_000);
  }
}
