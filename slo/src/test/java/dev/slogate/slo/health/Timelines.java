package dev.slogate.slo.health;

import dev.slogate.slo.record.SeriesStats;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Injector timelines for tests: every second alike, each figure given. */
public final class Timelines {

  private Timelines() {}

  /** A healthy injector: 80 µs oversleeps, itself 20% and the machine 100% busy, 100 of 65,536 descriptors. */
  public static InjectorTimeline healthy(long fromEpochSecond, long toEpochSecondExclusive) {
    return steady(fromEpochSecond, toEpochSecondExclusive, 80, 0.2, 100, 65_536);
  }

  /**
   * Every second alike: 3 ms of GC pauses, 20 sockets, the machine saturated (as on a 2-core machine with a local
   * target, healthy or not).
   *
   * @param hiccupMicros every one of the second's 1,000 oversleeps
   * @param processCpu the injector's share of the machine's CPU
   */
  public static InjectorTimeline steady(long fromEpochSecond, long toEpochSecondExclusive, long hiccupMicros,
      double processCpu, long openDescriptors, long maxDescriptors) {
    List<InjectorSample> samples = new ArrayList<>();
    for (long second = fromEpochSecond; second < toEpochSecondExclusive; second++) {
      Histogram hiccups = SeriesStats.newHistogram();
      hiccups.recordValueWithCount(hiccupMicros, 1_000);
      samples.add(new InjectorSample(second, processCpu, 1.0, 3, hiccups, openDescriptors, maxDescriptors, 20));
    }
    return InjectorTimeline.of(samples);
  }
}
