package dev.slogate.simulations.internal.health;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * How late the JVM runs a thread that asked to be woken: a thread asks to sleep {@value #REQUESTED_NANOS} ns, again and
 * again, and records each oversleep, in microseconds, in an HdrHistogram {@link Recorder}. This is jHiccup's idea
 * (our own code): whatever stalls the injector's threads (a GC pause, a starved CPU, a safepoint, the machine's other
 * load) stalls this one too, so its oversleep bounds the delay the injector added to its own timings and arrivals.
 * The sleep's own timer slack (some tens of microseconds on Linux) is part of every reading.
 *
 * <p>The writer never waits: the sampler takes each second's histogram with {@link #interval()}, as HdrHistogram's
 * interval recording intends.
 */
final class HiccupMeter implements Runnable {

  /** The sleep asked for: 1 ms, the resolution of Gatling's log. */
  static final long REQUESTED_NANOS = 1_000_000;

  /** Sleeps; a test's advances a fake clock instead. */
  @FunctionalInterface
  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final Recorder recorder = new Recorder(3);
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private volatile boolean stopped;

  HiccupMeter(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** A meter on the JVM's clock and sleep. */
  static HiccupMeter ofJvm() {
    return new HiccupMeter(System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  /** One measurement: asks to sleep, records how much longer it took. */
  void measureOnce() throws InterruptedException {
    long start = nanoTime.getAsLong();
    sleeper.sleepNanos(REQUESTED_NANOS);
    long overslept = Math.max(0, nanoTime.getAsLong() - start - REQUESTED_NANOS);
    recorder.recordValue(overslept / 1_000);
  }

  /** Measures until {@link #stop()} or an interrupt. */
  @Override
  public void run() {
    try {
      while (!stopped) {
        measureOnce();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void stop() {
    stopped = true;
  }

  /** The oversleeps, in microseconds, since the previous call (or since the meter started). */
  Histogram interval() {
    return recorder.getIntervalHistogram();
  }
}
