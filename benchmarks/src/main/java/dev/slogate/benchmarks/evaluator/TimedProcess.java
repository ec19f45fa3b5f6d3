package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.internal.harness.ProcessTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A command run to completion with its wall time and, where GNU time is installed (Debian package
 * {@code time}), its peak resident set size.
 *
 * @param exitCode its exit status
 * @param output stdout and stderr
 * @param wallMillis from start to exit, as seen from here
 * @param peakRssKilobytes GNU time's {@code %M}; empty without {@code /usr/bin/time}
 */
record TimedProcess(int exitCode, String output, long wallMillis, OptionalLong peakRssKilobytes) {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  static boolean measuresRss() {
    return Files.isExecutable(GNU_TIME);
  }

  static TimedProcess run(List<String> command, Path work, String name, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path output = work.resolve(name + ".txt");
    Path rss = work.resolve(name + ".rss");
    Files.deleteIfExists(rss);
    List<String> full = new ArrayList<>();
    if (measuresRss()) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
    }
    full.addAll(command);
    long started = System.nanoTime();
    Process process = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    ProcessTree.stopOnExit(process);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      ProcessTree.stop(process, Duration.ofSeconds(5));
      throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s: " + output);
    }
    long wall = (System.nanoTime() - started) / 1_000_000;
    OptionalLong peak = OptionalLong.empty();
    if (Files.isRegularFile(rss)) {
      List<String> lines = Files.readAllLines(rss);
      String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
      if (last.matches("\\d+")) {
        peak = OptionalLong.of(Long.parseLong(last));
      }
    }
    return new TimedProcess(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), wall, peak);
  }

  /** The value of a {@code key=value} line of the output. */
  String value(String key) {
    return output.lines().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("no " + key + " in: " + output));
  }
}
