package dev.slogate.benchmarks.internal.harness;

import dev.slogate.chaos.local.ProcStat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time another process has used, sampled from {@code /proc/<pid>/stat} while it runs, so that the CPU
 * it spent in any stretch of wall-clock time (a run's steady phase, read from its log afterwards) can be told.
 * CPU per request is a far steadier measure of an injector's cost than its highest sustainable rate, which a
 * neighbour's burst of work can move by a tenth on a shared machine.
 *
 * <p>Linux only ({@link ProcStat#available()}): elsewhere the timeline stays empty.
 */
public final class CpuTimeline implements AutoCloseable {

  /** One sample: when, and the CPU milliseconds used by then. */
  record Sample(long epochMillis, double cpuMillis) {}

  /** Asked of the system once: every probe of a benchmark would otherwise start a {@code getconf}. */
  private static final double MILLIS_PER_TICK = 1000.0 / clockTicksPerSecond();

  private final List<Sample> samples = new ArrayList<>();
  private final double millisPerTick;
  /** Null for a timeline made of given samples. */
  private final ScheduledExecutorService sampler;

  private CpuTimeline(List<Sample> given, double millisPerTick, ScheduledExecutorService sampler) {
    this.samples.addAll(given);
    this.millisPerTick = millisPerTick;
    this.sampler = sampler;
  }

  /** Starts sampling {@code pid} every {@code intervalMillis} until {@link #close()}. */
  public static CpuTimeline sample(long pid, long intervalMillis) {
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "cpu-timeline-" + pid);
      thread.setDaemon(true);
      return thread;
    });
    CpuTimeline timeline = new CpuTimeline(List.of(), MILLIS_PER_TICK, sampler);
    sampler.scheduleAtFixedRate(() -> timeline.sample(pid), 0, intervalMillis, TimeUnit.MILLISECONDS);
    return timeline;
  }

  /** A timeline made of given samples, for tests. */
  static CpuTimeline of(List<Sample> given) {
    return new CpuTimeline(given, 1, null);
  }

  private void sample(long pid) {
    Optional<ProcStat> stat = ProcStat.read(pid);
    if (stat.isEmpty() || stat.get().exited()) {
      return;
    }
    synchronized (samples) {
      samples.add(new Sample(System.currentTimeMillis(), stat.get().cpuTicks() * millisPerTick));
    }
  }

  /**
   * CPU milliseconds used between two instants, each read by linear interpolation between the samples around
   * it (the process's CPU rate is steady over a sampling interval in a steady phase); empty unless samples
   * exist on both sides of both instants.
   */
  public OptionalDouble cpuMillisBetween(long fromEpochMillis, long toEpochMillis) {
    OptionalDouble from = cpuMillisAt(fromEpochMillis);
    OptionalDouble to = cpuMillisAt(toEpochMillis);
    if (from.isEmpty() || to.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(to.getAsDouble() - from.getAsDouble());
  }

  private OptionalDouble cpuMillisAt(long epochMillis) {
    synchronized (samples) {
      for (int i = 1; i < samples.size(); i++) {
        Sample before = samples.get(i - 1);
        Sample after = samples.get(i);
        if (before.epochMillis() <= epochMillis && epochMillis <= after.epochMillis()) {
          long span = after.epochMillis() - before.epochMillis();
          double share = span == 0 ? 0 : (epochMillis - before.epochMillis()) / (double) span;
          return OptionalDouble.of(before.cpuMillis() + share * (after.cpuMillis() - before.cpuMillis()));
        }
      }
      return OptionalDouble.empty();
    }
  }

  @Override
  public void close() {
    if (sampler != null) {
      sampler.shutdownNow();
    }
  }

  /** The kernel's clock tick ({@code getconf CLK_TCK}); 100 on every Linux this runs on, and the fallback. */
  static long clockTicksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
