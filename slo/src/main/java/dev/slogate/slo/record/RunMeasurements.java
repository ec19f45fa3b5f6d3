package dev.slogate.slo.record;

import dev.slogate.slo.health.InjectorTimeline;
import java.util.Optional;

/**
 * What the evaluator reads of a run: its metadata, the aggregates of time windows, failures per second, and
 * Gatling's own errors. Every value is exact; a representation that did not keep what is asked for says so
 * with an {@link IllegalArgumentException} instead of answering with a number that would be wrong.
 *
 * <p>Two representations implement it:
 *
 * <ul>
 *   <li>{@link RunRecord} keeps every second apart, so it answers any window. It is what is saved next to a
 *       run, merged across injectors, charted and used as a baseline; its size grows with the run's length.
 *   <li>{@link WindowedRun} aggregates only the windows it was told about before the log was read (the phase
 *       windows of a run plan, or the whole run), and keeps per second only a few counters. Its size depends on
 *       the phases and series, plus a few longs per second, so a long run costs no more histograms than a short
 *       one.
 * </ul>
 */
public interface RunMeasurements {

  RunMetadata metadata();

  /** First second with an event, or the start second of an empty run. */
  long firstEpochSecond();

  /** One past the last second with an event. */
  long endEpochSecondExclusive();

  /**
   * Everything that started in {@code [fromEpochSecond, toEpochSecondExclusive)}, added together. An empty window
   * (to ≤ from) is always answered, with nothing in it.
   *
   * @throws IllegalArgumentException when this representation did not keep that window
   */
  WindowStats window(long fromEpochSecond, long toEpochSecondExclusive);

  /**
   * Failed requests (or failed group executions, for a group filter) of the selected series that started in each
   * second of {@code [fromEpochSecond, toEpochSecondExclusive)}: element {@code i} is second {@code fromEpochSecond + i}.
   *
   * @throws IllegalArgumentException when this representation did not keep those seconds
   */
  long[] failuresPerSecond(SeriesFilter series, long fromEpochSecond, long toEpochSecondExclusive);

  /** Gatling's own errors (crashed actions, failed expressions) over the whole run. */
  long crashErrors();

  /**
   * When users started (per 100 ms) and ended (per second), for the schedule lag and the users a closed model held;
   * empty for a record saved before slogate kept user starts finer than a second.
   */
  Optional<UserTimeline> users();

  /**
   * The injector's health on the run's seconds, when slogate's sampler ran in the Gatling JVM; otherwise (a log read
   * on its own) not recorded, which the evaluator never takes as healthy.
   */
  default InjectorTimeline injectorTimeline() {
    return InjectorTimeline.notRecorded();
  }
}
