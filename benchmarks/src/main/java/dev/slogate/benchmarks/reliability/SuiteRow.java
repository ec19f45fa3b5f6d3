package dev.slogate.benchmarks.reliability;

import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One part's row of the reliability suite's combined table ({@link ReliabilitySuite}), written by each part beside its
 * section as {@code <item>.suite.tsv}. A cell that does not apply to the part is "–".
 *
 * @param part what was tried, e.g. "malformed inputs"
 * @param trials how many trials
 * @param clearErrors inputs refused with one clear line
 * @param stackTraces answers with a stack trace (or a multi-line error)
 * @param wrongPass PASS verdicts the evidence did not support
 * @param hangs trials with no answer within their bound
 * @param leftovers processes left stopped, orphans and state entries
 * @param secretsFound occurrences of a secret in any output
 */
record SuiteRow(String part, long trials, String clearErrors, String stackTraces, String wrongPass, String hangs,
    String leftovers, String secretsFound) {

  static final String SUFFIX = ".suite.tsv";

  static void write(Path results, String item, SuiteRow row) {
    String line = String.join("\t", row.part(), Long.toString(row.trials()), row.clearErrors(), row.stackTraces(),
        row.wrongPass(), row.hangs(), row.leftovers(), row.secretsFound()) + "\n";
    try {
      AtomicFiles.writeString(results.resolve(item + SUFFIX), line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + results.resolve(item + SUFFIX) + ": " + e.getMessage(), e);
    }
  }

  /** The row {@code item} wrote, or empty when it wrote none (it failed, or did not run). */
  static Optional<SuiteRow> read(Path results, String item) throws IOException {
    Path file = results.resolve(item + SUFFIX);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String[] cells = Files.readString(file).strip().split("\t", -1);
    return Optional.of(new SuiteRow(cells[0], Long.parseLong(cells[1]), cells[2], cells[3], cells[4], cells[5],
        cells[6], cells[7]));
  }
}
