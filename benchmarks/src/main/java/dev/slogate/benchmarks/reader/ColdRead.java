package dev.slogate.benchmarks.reader;

import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * One read of a log by a fresh JVM, the way a CI job meets it: the counterpart of one Gatling
 * {@code -ro} run, which also starts cold. It reads the log into a {@link RunRecord}, computes the whole-run
 * statistics a report starts from, and prints its figures one {@code key=value} a line.
 *
 * <p>{@code peakHeapBytes} sums each heap pool's peak, an upper bound of the heap in use at any one moment
 * (young-generation garbage included); {@code retainedHeapBytes} is what is still live after a full GC with
 * the record held, its real footprint.
 */
public final class ColdRead {

  private ColdRead() {}

  /** {@code ColdRead <runFolderOrLog>} */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ColdRead <runFolderOrLog>");
      System.exit(2);
    }
    long started = System.nanoTime();
    RunRecord record;
    try {
      record = SimulationLogReader.read(Path.of(args[0]), "cold-read");
    } catch (RuntimeException e) {
      System.err.println("cannot read " + args[0] + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    long read = System.nanoTime();
    SeriesStats overall = record.whole().overall();
    long stats = System.nanoTime();

    long requests = overall.count();
    System.out.println("requests=" + requests);
    System.out.println("slices=" + record.slices().size());
    System.out.println("p99Millis=" + overall.all().getValueAtPercentile(99));
    System.out.println("readMillis=" + (read - started) / 1_000_000);
    System.out.println("statsMillis=" + (stats - read) / 1_000_000);
    System.out.println("requestsPerSecond=" + Math.round(requests * 1e9 / (read - started)));
    System.out.println("jvmUptimeMillis=" + ManagementFactory.getRuntimeMXBean().getUptime());
    System.out.println("peakHeapBytes=" + peakHeap());
    System.out.println("retainedHeapBytes=" + retainedHeap());
    // Keeps the record reachable until the retained heap has been measured.
    System.out.println("complete=" + record.metadata().complete());
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
