package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.internal.harness.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@link EvaluatorBenchmark} run through JMH's API (it forks its own JVM), and its scores as a table. */
record JmhFigures(long requests, List<RunResult> results) {

  static JmhFigures run(Path results, long requests, boolean quick) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(EvaluatorBenchmark.class.getName() + ".*")
        .param("requests", Long.toString(requests))
        .param("results", results.toString())
        .warmupIterations(quick ? 1 : 3)
        .warmupTime(TimeValue.seconds(quick ? 2 : 5))
        .measurementIterations(quick ? 1 : 5)
        .measurementTime(TimeValue.seconds(quick ? 2 : 5))
        .forks(1)
        .build();
    Collection<RunResult> run = new Runner(options).run();
    return new JmhFigures(requests, new ArrayList<>(run));
  }

  /** Milliseconds per pass of the command's decode + evaluate, warm; NaN when JMH did not run it. */
  double decodeAndEvaluateMillis() {
    return millisPerPass(".decodeAndEvaluate");
  }

  /** Milliseconds per evaluation of a WindowedRun read once, warm; NaN when JMH did not run it. */
  double evaluateMillis() {
    return millisPerPass(".evaluate");
  }

  private double millisPerPass(String benchmark) {
    return results.stream().filter(r -> r.getParams().getBenchmark().endsWith(benchmark))
        .mapToDouble(r -> 1000 / r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
  }

  Table table() {
    Table table = new Table("benchmark", "passes/s", "± (99.9%)", "time per pass", "requests/s", "records/s");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      Result<?> primary = r.getPrimaryResult();
      Result<?> requestsPerSecond = r.getSecondaryResults().get("requests");
      Result<?> recordsPerSecond = r.getSecondaryResults().get("records");
      table.row(name.substring(name.lastIndexOf('.') + 1),
          String.format(Locale.ROOT, "%.3f", primary.getScore()),
          Double.isNaN(primary.getScoreError()) ? "–" : String.format(Locale.ROOT, "%.3f", primary.getScoreError()),
          String.format(Locale.ROOT, "%.0f ms", 1000 / primary.getScore()),
          requestsPerSecond == null ? "–" : String.format(Locale.ROOT, "%,.0f", requestsPerSecond.getScore()),
          recordsPerSecond == null ? "–" : String.format(Locale.ROOT, "%,.0f", recordsPerSecond.getScore()));
    }
    return table;
  }
}
