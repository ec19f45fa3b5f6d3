package dev.slogate.benchmarks.reliability;

import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reliability suite's combined table (issue 15): one row per part (malformed inputs, secrets in output, crashes
 * during a fault) from the rows the parts wrote beside their sections, in the columns. Run after the parts, by
 * {@code benchmarks/reliability/run.sh}; writes section {@code reliability-suite}.
 */
public final class ReliabilitySuite {

  /** The parts, by the item name each writes its section under. */
  static final List<String> PARTS = List.of("malformed-inputs", "secret-scan", "crash-trials");

  private ReliabilitySuite() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("reliability-suite");
    Table table = new Table("part", "trials", "clear errors", "stack traces", "wrong PASS", "hangs", "leftovers",
        "secrets found");
    boolean allZero = true;
    boolean complete = true;
    for (String part : PARTS) {
      Optional<SuiteRow> row = SuiteRow.read(options.results(), part);
      if (row.isEmpty()) {
        complete = false;
        table.row(part + " (did not run, or failed)", "–", "–", "–", "–", "–", "–", "–");
        continue;
      }
      SuiteRow r = row.get();
      table.row(r.part(), r.trials(), r.clearErrors(), r.stackTraces(), r.wrongPass(), r.hangs(), r.leftovers(),
          r.secretsFound());
      allZero &= Stream.of(r.stackTraces(), r.wrongPass(), r.hangs(), r.leftovers(), r.secretsFound())
          .allMatch(cell -> cell.equals("–") || cell.equals("0"));
    }
    new Section("reliability-suite", "7. Reliability trial suite (issue 15): the combined table", options)
        .paragraph("The issue's table, one row per part of the suite (each part's section follows). The target is 0 "
            + "in every column but trials and clear errors; \"–\" marks a column that does not apply to the part.")
        .table(table)
        .headline("reliability suite: stack traces, wrong PASS, hangs, leftovers and secrets found", "0 each",
            complete ? (allZero ? "0 each" : "see the suite's table") : "a part did not run",
            complete ? Met.of(allZero) : Met.NO)
        .write();
  }
}
