package dev.slogate.benchmarks.omission;

import dev.slogate.benchmarks.internal.harness.Executables;
import dev.slogate.benchmarks.internal.harness.ProcessTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * wrk (the Debian package), a closed-model load generator: each connection sends its next request only when
 * the previous answer has come. A small Lua script makes it print its own latency percentiles (µs) one
 * {@code key=value} a line.
 */
final class Wrk {

  private static final String SCRIPT = """
      done = function(summary, latency, requests)
        io.write(string.format("requests=%d\\n", summary.requests))
        io.write(string.format("errors=%d\\n", summary.errors.connect + summary.errors.read + summary.errors.write
          + summary.errors.status + summary.errors.timeout))
        for _, p in ipairs({50, 95, 99, 99.9}) do
          io.write(string.format("p%g=%d\\n", p, latency:percentile(p)))
        end
        io.write(string.format("max=%d\\n", latency.max))
      end
      """;

  /**
   * What wrk reported.
   *
   * @param requests completed requests
   * @param errors connect, read, write, status and timeout errors
   * @param percentileMicros by percentile (50, 95, 99, 99.9), µs
   * @param maxMicros the slowest request, µs
   * @param output wrk's whole output
   */
  record Result(long requests, long errors, Map<Double, Long> percentileMicros, long maxMicros, String output) {}

  private Wrk() {}

  static Optional<Path> binary() {
    return Executables.onPath("wrk");
  }

  /** {@code wrk -t1 -c<connections> -d<duration>} against {@code url}, with a time limit of twice the duration. */
  static Result run(String url, int connections, Duration duration, Path work) throws IOException, InterruptedException {
    Path wrk = binary().orElseThrow(() -> new IllegalStateException("wrk is not installed (apt-get install -y wrk)"));
    Files.createDirectories(work);
    Path script = work.resolve("percentiles.lua");
    Files.writeString(script, SCRIPT);
    Path output = work.resolve("wrk.txt");
    List<String> command = List.of(wrk.toString(), "-t1", "-c" + connections, "-d" + duration.toSeconds() + "s",
        "--timeout", "10s", "-s", script.toString(), url);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    ProcessTree.stopOnExit(process);
    if (!process.waitFor(duration.toSeconds() * 2 + 30, TimeUnit.SECONDS)) {
      ProcessTree.stop(process, Duration.ofSeconds(2));
      throw new IllegalStateException("wrk did not finish in time: " + String.join(" ", command));
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException("wrk failed (exit " + process.exitValue() + "): " + text);
    }
    Map<String, String> values = new HashMap<>();
    text.lines().filter(l -> l.matches("[a-z0-9.]+=\\d+")).forEach(l -> {
      int eq = l.indexOf('=');
      values.put(l.substring(0, eq), l.substring(eq + 1));
    });
    Map<Double, Long> percentiles = new HashMap<>();
    for (double p : new double[] {50, 95, 99, 99.9}) {
      percentiles.put(p, Long.parseLong(values.get("p" + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)))));
    }
    return new Result(Long.parseLong(values.get("requests")), Long.parseLong(values.get("errors")), percentiles,
        Long.parseLong(values.get("max")), text);
  }
}
