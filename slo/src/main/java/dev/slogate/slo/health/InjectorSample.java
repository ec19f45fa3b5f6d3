package dev.slogate.slo.health;

import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * One second of the injector's health, sampled inside the Gatling JVM: second {@code epochSecond} covers
 * {@code [epochSecond, epochSecond + 1)}, the same seconds as the record's slices. A figure the platform could not give
 * is {@link Double#NaN} (a share) or {@value #UNKNOWN} (a count).
 *
 * @param epochSecond the second described
 * @param processCpu the Gatling JVM's CPU time in the second over the cores it may use (the JVM's
 *     {@code availableProcessors()}, which honours {@code taskset} and container limits), in [0, 1]
 * @param machineCpu the whole machine's CPU use in the second, in [0, 1]
 * @param gcPauseMillis the time the collectors paused the JVM in the second, in milliseconds
 * @param hiccupMicros the hiccup meter's oversleeps in the second, in microseconds; do not modify
 * @param openDescriptors the process's open file descriptors at the end of the second
 * @param maxDescriptors the process's descriptor limit (the soft {@code ulimit -n})
 * @param openConnections the process's open sockets at the end of the second (see the sampler for what it counts)
 */
public record InjectorSample(long epochSecond, double processCpu, double machineCpu, long gcPauseMillis,
    Histogram hiccupMicros, long openDescriptors, long maxDescriptors, long openConnections) {

  /** A count the platform could not give. */
  public static final long UNKNOWN = -1;

  public InjectorSample {
    Objects.requireNonNull(hiccupMicros, "hiccupMicros");
  }

  /** Whether the descriptors and their limit are both known. */
  public boolean knowsDescriptors() {
    return openDescriptors != UNKNOWN && maxDescriptors > 0;
  }
}
