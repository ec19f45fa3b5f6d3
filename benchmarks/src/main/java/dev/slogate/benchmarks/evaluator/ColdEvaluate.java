package dev.slogate.benchmarks.evaluator;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Decode plus evaluate in a fresh JVM, the way a CI job meets a finished run: read the log into a RunRecord,
 * judge it against the SLO file and the run plan, and print the figures one {@code key=value} a line. The
 * counterpart of one cold Gatling {@code -ro} run on the same log.
 *
 * <p>{@code peakHeapBytes} sums each heap pool's peak, an upper bound of the heap in use at any moment
 * (garbage included, so it follows the heap limit more than the work); {@code retainedHeapBytes} is what is
 * live after a full GC with the record and the evaluation still held, the real footprint.
 */
public final class ColdEvaluate {

  private ColdEvaluate() {}

  /** {@code ColdEvaluate <runFolderOrLog> <requests>} */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ColdEvaluate <runFolderOrLog> <requests>");
      System.exit(2);
    }
    Path log = Path.of(args[0]);
    long requests = Long.parseLong(args[1]);
    SloSpec spec = SloSpecs.loadCatalog(SyntheticRun.SLO);
    long started = System.nanoTime();
    RunRecord record = SimulationLogReader.read(log, "cold-evaluate");
    long decoded = System.nanoTime();
    RunPlan plan = SyntheticRun.plan(record, requests);
    Evaluation evaluation = new Evaluator().evaluate(spec, record, plan);
    long evaluated = System.nanoTime();

    long peak = peakHeap();
    long retained = retainedHeap();
    System.out.println("requests=" + record.whole().overall().count());
    System.out.println("slices=" + record.slices().size());
    System.out.println("verdict=" + evaluation.verdict());
    System.out.println("load=" + evaluation.phases().stream().map(p -> p.phase() + ":" + p.status()).toList());
    System.out.println("decodeMillis=" + (decoded - started) / 1_000_000);
    System.out.println("evaluateMillis=" + (evaluated - decoded) / 1_000_000);
    System.out.println("totalMillis=" + (evaluated - started) / 1_000_000);
    System.out.println("jvmUptimeMillis=" + ManagementFactory.getRuntimeMXBean().getUptime());
    System.out.println("peakHeapBytes=" + peak);
    System.out.println("retainedHeapBytes=" + retained);
    // Keeps both reachable until the retained heap has been measured.
    System.out.println("objectives=" + evaluation.results().size() + " complete=" + record.metadata().complete());
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
