package dev.slogate.simulations.internal.health;

/**
 * The raw readings the sampler turns into one second's figures ({@link InjectorSampler}). {@link PlatformProbes} reads
 * the running JVM; a test gives its own. Each method is fast and never throws: a reading the platform cannot give is
 * {@code -1} (a count or a time) or NaN (a share).
 */
public interface HealthProbes {

  /** The JVM's CPU time since it started, in nanoseconds, all threads. */
  long processCpuNanos();

  /** The machine's CPU use since the previous call, in [0, 1]. */
  double machineCpu();

  /** The time the collectors paused the JVM since it started, in milliseconds. */
  long gcPauseMillis();

  long openDescriptors();

  long maxDescriptors();

  long openConnections();
}
