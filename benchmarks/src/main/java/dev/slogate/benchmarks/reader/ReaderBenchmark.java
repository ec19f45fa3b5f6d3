package dev.slogate.benchmarks.reader;

import dev.slogate.slo.gatling.DecodeResult;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reader throughput on a large synthetic {@code simulation.log} (5 M requests by default), from the warm disk
 * cache: {@link #decode} only decodes the binary records, {@link #read} builds the whole {@link RunRecord}.
 *
 * <p>One operation is one pass over the whole log, so the primary score is passes/s. The records/s figures
 * are the secondary {@code :requests} (Request records) and {@code :events} (every record after the Run
 * header: users, requests, groups, errors) counters, which JMH divides by the measured time; they stay right
 * for any {@code -p requests=...}, which a fixed {@code @OperationsPerInvocation} would not.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReaderBenchmark -prof gc -p results=benchmarks/target/reader/results
 * </pre>
 *
 * The heap is fixed at 1 GB, Gatling's own default for a run, so that the figures compare with its report
 * generation under the same limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReaderBenchmark {

  private static final LogEventListener NO_OP = new LogEventListener() {};

  /** Request records in the log. */
  @Param("5000000")
  public long requests;

  /** Gatling results folder to keep the log in; empty means {@code <java.io.tmpdir>/slogate-reader-benchmark}. */
  @Param("")
  public String results;

  private BenchmarkLog log;
  private long eventsPerPass;

  @Setup(Level.Trial)
  public void prepareLog() {
    Path folder = results.isEmpty()
        ? Path.of(System.getProperty("java.io.tmpdir"), "slogate-reader-benchmark")
        : Path.of(results);
    log = BenchmarkLog.prepare(folder, requests);
    eventsPerPass = SimulationLogDecoder.decode(log.file(), NO_OP).events();
  }

  @Benchmark
  public DecodeResult decode(Records records) {
    DecodeResult result = SimulationLogDecoder.decode(log.file(), NO_OP);
    records.count(log.requests(), result.events());
    return result;
  }

  @Benchmark
  public RunRecord read(Records records) {
    RunRecord record = SimulationLogReader.read(log.file(), log.run());
    records.count(log.requests(), eventsPerPass);
    return record;
  }

  /** Records read in an iteration; JMH reports each field divided by the iteration's time, as records/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Records {
    public long requests;
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      requests = 0;
      events = 0;
    }

    void count(long requestsRead, long eventsRead) {
      requests += requestsRead;
      events += eventsRead;
    }
  }
}
