package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.reader.BenchmarkLog;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.CutPoints;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
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
 * Decode plus evaluate, warm: one operation reads a synthetic {@code simulation.log} and judges it against the
 * reference stack's SLO file with a three-phase run plan ({@link SyntheticRun}). {@link #decodeAndEvaluate} is what
 * {@code slogate evaluate} does (the log read straight into a {@link WindowedRun} cut at the plan's phase windows);
 * {@link #decodeAndEvaluateFullRecord} reads the full RunRecord instead, for contrast; {@link #evaluate} judges a
 * WindowedRun read once, for the split. Secondary scores {@code :requests} and {@code :records} are per second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EvaluatorBenchmark -p requests=1000000 -p results=benchmarks/target/evaluator/results
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluatorBenchmark {

  @Param("1000000")
  public long requests;

  /** Gatling results folder to keep the log in; empty means {@code <java.io.tmpdir>/slogate-evaluator-benchmark}. */
  @Param("")
  public String results;

  private BenchmarkLog log;
  private long recordsPerPass;
  private SloSpec spec;
  private RunPlan plan;
  private CutPoints cuts;
  private WindowedRun windowed;

  @Setup(Level.Trial)
  public void prepare() {
    Path folder = results.isEmpty()
        ? Path.of(System.getProperty("java.io.tmpdir"), "slogate-evaluator-benchmark")
        : Path.of(results);
    log = BenchmarkLog.prepare(folder, requests);
    recordsPerPass = SimulationLogDecoder.decode(log.file(), new LogEventListener() {}).events();
    spec = SloSpecs.loadCatalog(SyntheticRun.SLO).without(ObjectiveKind.FAILOVER);
    plan = SyntheticRun.plan(log.run(), log.requests());
    cuts = PhaseWindows.cutPoints(plan);
    windowed = SimulationLogReader.readWindowed(log.file(), log.run(), ReadOptions.strict(), cuts);
  }

  @Benchmark
  public Evaluation decodeAndEvaluate(Records records) {
    WindowedRun read = SimulationLogReader.readWindowed(log.file(), log.run(), ReadOptions.strict(), cuts);
    Evaluation evaluation = new Evaluator().evaluate(spec, read, plan);
    records.count(log.requests(), recordsPerPass);
    return evaluation;
  }

  @Benchmark
  public Evaluation decodeAndEvaluateFullRecord(Records records) {
    RunRecord read = SimulationLogReader.read(log.file(), log.run());
    Evaluation evaluation = new Evaluator().evaluate(spec, read, plan);
    records.count(log.requests(), recordsPerPass);
    return evaluation;
  }

  @Benchmark
  public Evaluation evaluate() {
    return new Evaluator().evaluate(spec, windowed, plan);
  }

  /** Records read in an iteration; JMH reports each field divided by the iteration's time, as records/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Records {
    public long requests;
    public long records;

    @Setup(Level.Iteration)
    public void reset() {
      requests = 0;
      records = 0;
    }

    void count(long requestsRead, long recordsRead) {
      requests += requestsRead;
      records += recordsRead;
    }
  }
}
