package dev.slogate.slo.health;

import dev.slogate.slo.record.SeriesStats;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The injector's health over a run, one {@link InjectorSample} per epoch second, as slogate's sampler recorded it in
 * the Gatling JVM ({@value InjectorTimelineIO#FILE_NAME} in the run folder). A run judged without one, such as a
 * Gatling log from elsewhere given to {@code slogate evaluate}, has {@link #notRecorded()}: its health is unknown,
 * never taken as healthy.
 *
 * <p>Immutable.
 */
public final class InjectorTimeline {

  private static final InjectorTimeline NOT_RECORDED = new InjectorTimeline(false, new TreeMap<>());

  private final boolean recorded;
  private final NavigableMap<Long, InjectorSample> samples;

  private InjectorTimeline(boolean recorded, NavigableMap<Long, InjectorSample> samples) {
    this.recorded = recorded;
    this.samples = samples;
  }

  /** No sampler ran: the injector's health is unknown. */
  public static InjectorTimeline notRecorded() {
    return NOT_RECORDED;
  }

  /** A recorded timeline; a second sampled twice keeps its last sample. */
  public static InjectorTimeline of(List<InjectorSample> samples) {
    NavigableMap<Long, InjectorSample> bySecond = new TreeMap<>();
    samples.forEach(s -> bySecond.put(s.epochSecond(), s));
    return new InjectorTimeline(true, bySecond);
  }

  public boolean recorded() {
    return recorded;
  }

  /** The samples in time order. */
  public List<InjectorSample> samples() {
    return List.copyOf(samples.values());
  }

  /** The figures of the seconds in {@code [fromEpochSecond, toEpochSecondExclusive)}. */
  public HealthFigures figures(long fromEpochSecond, long toEpochSecondExclusive) {
    List<InjectorSample> window = toEpochSecondExclusive <= fromEpochSecond ? List.of()
        : List.copyOf(samples.subMap(fromEpochSecond, true, toEpochSecondExclusive, false).values());
    return HealthFigures.of(window, Math.max(0, toEpochSecondExclusive - fromEpochSecond));
  }

  /**
   * Two injectors' timelines as one, each second the worse of the two figures, so that one struggling injector is
   * seen; not recorded when either was not, since the other injector's health is then unknown.
   */
  public InjectorTimeline merge(InjectorTimeline other) {
    if (!recorded || !other.recorded) {
      return NOT_RECORDED;
    }
    NavigableMap<Long, InjectorSample> merged = new TreeMap<>(samples);
    other.samples.forEach((second, sample) -> merged.merge(second, sample, InjectorTimeline::worse));
    return new InjectorTimeline(true, merged);
  }

  private static InjectorSample worse(InjectorSample a, InjectorSample b) {
    var hiccups = SeriesStats.newSumHistogram();
    hiccups.add(a.hiccupMicros());
    hiccups.add(b.hiccupMicros());
    boolean aFuller = a.knowsDescriptors() && (!b.knowsDescriptors()
        || (double) a.openDescriptors() / a.maxDescriptors() >= (double) b.openDescriptors() / b.maxDescriptors());
    InjectorSample descriptors = aFuller ? a : b;
    return new InjectorSample(a.epochSecond(), maxKnown(a.processCpu(), b.processCpu()),
        maxKnown(a.machineCpu(), b.machineCpu()), Math.max(a.gcPauseMillis(), b.gcPauseMillis()), hiccups,
        descriptors.openDescriptors(), descriptors.maxDescriptors(), Math.max(a.openConnections(), b.openConnections()));
  }

  private static double maxKnown(double a, double b) {
    return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
  }

  @Override
  public boolean equals(Object o) {
    // A histogram compares by its counts; the file's line of a sample holds every figure exactly.
    return o instanceof InjectorTimeline other && recorded == other.recorded
        && samples.values().stream().map(InjectorTimelineIO::line).toList()
            .equals(other.samples.values().stream().map(InjectorTimelineIO::line).toList());
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(recorded) * 31 + samples.size();
  }

  @Override
  public String toString() {
    return recorded ? "InjectorTimeline[" + samples.size() + " seconds]" : "InjectorTimeline[not recorded]";
  }
}
