package dev.slogate.benchmarks.evaluator;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.WindowedRun;
import dev.slogate.slo.spec.ObjectiveKind;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * The work of {@code slogate evaluate} in a fresh JVM, taken apart: load the SLO catalog and the plan, read the
 * log, judge it, and print how long each step took and the heap, one {@code key=value} a line. The benchmark
 * times the command itself; this says where its time goes and what it holds.
 *
 * <p>Mode {@code windowed} reads exactly as the command does (a {@link WindowedRun} cut at the plan's phase
 * windows); mode {@code record} reads the full RunRecord, as the command did before, for contrast.
 * {@code peakHeapBytes} sums each heap pool's peak, an upper bound of the heap in use at any moment (garbage
 * included, so it follows the heap limit more than the work); {@code retainedHeapBytes} is what is live after a
 * full GC with the run's measurements and the evaluation still held, the real footprint.
 */
public final class ColdEvaluate {

  private ColdEvaluate() {}

  /** {@code ColdEvaluate windowed|record <log> <plan.json>} */
  public static void main(String[] args) {
    if (args.length != 3 || !(args[0].equals("windowed") || args[0].equals("record"))) {
      System.err.println("usage: ColdEvaluate windowed|record <log> <plan.json>");
      System.exit(2);
    }
    long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    long started = System.nanoTime();
    // What slogate evaluate judges: the catalog without failover (a Gatling log holds no chaos timeline).
    SloSpec spec = SloSpecs.load(SyntheticRun.SLO).without(ObjectiveKind.FAILOVER);
    long specLoaded = System.nanoTime();
    RunPlan plan = RunPlanIO.read(Path.of(args[2]));
    long planLoaded = System.nanoTime();
    Path log = Path.of(args[1]);
    RunMeasurements run = args[0].equals("windowed")
        ? SimulationLogReader.readWindowed(log, "cold-evaluate", ReadOptions.strict(), PhaseWindows.cutPoints(plan))
        : SimulationLogReader.read(log, "cold-evaluate");
    long decoded = System.nanoTime();
    Evaluation evaluation = new Evaluator().evaluate(spec, run, plan);
    long evaluated = System.nanoTime();

    long peak = peakHeap();
    long retained = retainedHeap();
    System.out.println("mode=" + args[0]);
    System.out.println("seconds=" + (run.endEpochSecondExclusive() - run.firstEpochSecond()));
    System.out.println("verdict=" + evaluation.verdict());
    System.out.println("load=" + evaluation.phases().stream().map(p -> p.phase() + ":" + p.status()).toList());
    System.out.println("jvmStartMillis=" + jvmStartMillis);
    System.out.println("specMillis=" + (specLoaded - started) / 1_000_000);
    System.out.println("planMillis=" + (planLoaded - specLoaded) / 1_000_000);
    System.out.println("decodeMillis=" + (decoded - planLoaded) / 1_000_000);
    System.out.println("evaluateMillis=" + (evaluated - decoded) / 1_000_000);
    System.out.println("peakHeapBytes=" + peak);
    System.out.println("retainedHeapBytes=" + retained);
    if (run instanceof WindowedRun windowed) {
      WindowedRun.Footprint footprint = windowed.footprint();
      System.out.println("histograms=" + footprint.histograms());
      System.out.println("secondCounters=" + footprint.secondCounters());
    }
    // Keeps both reachable until the retained heap has been measured.
    System.out.println("objectives=" + evaluation.results().size() + " complete=" + run.metadata().complete());
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long retainedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
