package dev.slogate.simulations.internal.health;

import dev.slogate.slo.health.InjectorSample;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Turns the probes' cumulative readings and the hiccup meter's interval into one second's {@link InjectorSample}:
 * CPU and GC pauses as the difference since the previous sample, descriptors and sockets as they stand. Called by one
 * thread, once a second; it reads no clock of its own, so a test drives it with any times.
 */
final class InjectorSampler {

  private final HealthProbes probes;
  private final Supplier<Histogram> hiccups;
  private final int processors;
  private long lastNanos;
  private long lastCpuNanos;
  private long lastGcMillis;

  /**
   * @param hiccups the hiccup meter's oversleeps since the previous call, in microseconds
   * @param processors the cores the machine has, the JVM's CPU time is shared over
   * @param startNanos the monotonic time now, the start of the first sample's interval
   */
  InjectorSampler(HealthProbes probes, Supplier<Histogram> hiccups, int processors, long startNanos) {
    this.probes = probes;
    this.hiccups = hiccups;
    this.processors = processors;
    this.lastNanos = startNanos;
    this.lastCpuNanos = probes.processCpuNanos();
    this.lastGcMillis = probes.gcPauseMillis();
    probes.machineCpu(); // the first call starts the machine's measuring interval
  }

  /**
   * The sample of the interval since the previous one, labelled {@code epochSecond}.
   *
   * @param nowNanos the monotonic time now, the end of the interval
   */
  InjectorSample sample(long epochSecond, long nowNanos) {
    long elapsed = nowNanos - lastNanos;
    long cpu = probes.processCpuNanos();
    long gc = probes.gcPauseMillis();
    double processCpu = cpu < 0 || lastCpuNanos < 0 || elapsed <= 0 ? Double.NaN
        : Math.min(1, (double) (cpu - lastCpuNanos) / ((double) elapsed * processors));
    long gcPause = gc < 0 || lastGcMillis < 0 ? 0 : gc - lastGcMillis;
    lastNanos = nowNanos;
    lastCpuNanos = cpu;
    lastGcMillis = gc;
    return new InjectorSample(epochSecond, processCpu, probes.machineCpu(), gcPause, hiccups.get(),
        probes.openDescriptors(), probes.maxDescriptors(), probes.openConnections());
  }
}
