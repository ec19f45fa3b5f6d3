package dev.slogate.slo.record;

import dev.slogate.slo.health.InjectorTimeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The measurements of one run: per-second slices of latency histograms and counts, plus metadata.
 *
 * <p>A RunRecord is immutable once built: nothing it hands out can change it (the histograms come out as copies,
 * {@code RunRecordImmutabilityTest}). It is what the log reader produces, what is saved next to a run,
 * what a baseline is, and what the evaluator reads. Merging two records (two injectors of one run, or two
 * trials) is exact: histograms add, counts add, slices line up on epoch seconds. Merging is associative and
 * commutative up to the order of the injector list.
 */
public final class RunRecord implements RunMeasurements {

  /** Joins the levels of a nested group into one series name, as Gatling's reports do. */
  public static final String GROUP_SEPARATOR = " / ";

  private final RunMetadata metadata;
  private final NavigableMap<Long, TimeSlice> slices;
  private final InjectorTimeline injectorTimeline;

  RunRecord(RunMetadata metadata, NavigableMap<Long, TimeSlice> slices) {
    this(metadata, slices, InjectorTimeline.notRecorded());
  }

  private RunRecord(RunMetadata metadata, NavigableMap<Long, TimeSlice> slices, InjectorTimeline injectorTimeline) {
    this.metadata = metadata;
    this.slices = Collections.unmodifiableNavigableMap(slices);
    this.injectorTimeline = injectorTimeline;
  }

  /** Builds a record from slices; used by persistence and tests. The slices are copied. */
  public static RunRecord of(RunMetadata metadata, List<TimeSlice> slices) {
    NavigableMap<Long, TimeSlice> bySecond = new TreeMap<>();
    for (TimeSlice slice : slices) {
      bySecond.merge(slice.epochSecond(), slice.copy(), (a, b) -> {
        a.add(b);
        return a;
      });
    }
    return new RunRecord(metadata, bySecond);
  }

  @Override
  public RunMetadata metadata() {
    return metadata;
  }

  /**
   * Slices keyed by epoch second, in time order. The map is unmodifiable and a slice has no public mutator; its
   * histograms are handed out as copies (see {@link SeriesStats}).
   */
  public NavigableMap<Long, TimeSlice> slices() {
    return slices;
  }

  /** The injector's health on the same seconds, as slogate's sampler recorded it; not recorded for a foreign log. */
  @Override
  public InjectorTimeline injectorTimeline() {
    return injectorTimeline;
  }

  /** The same measurements with the injector's health timeline of the same run. */
  public RunRecord withInjectorTimeline(InjectorTimeline timeline) {
    return new RunRecord(metadata, slices, java.util.Objects.requireNonNull(timeline, "timeline"));
  }

  /** The same measurements described by other metadata: a merge's injectors with their shares and clocks. */
  public RunRecord withMetadata(RunMetadata newMetadata) {
    return new RunRecord(java.util.Objects.requireNonNull(newMetadata, "metadata"), slices, injectorTimeline);
  }

  public boolean isEmpty() {
    return slices.isEmpty();
  }

  /** First second with an event, or the start second of an empty run. */
  @Override
  public long firstEpochSecond() {
    return slices.isEmpty() ? Math.floorDiv(metadata.epochStartMillis(), 1000) : slices.firstKey();
  }

  /** One past the last second with an event. */
  @Override
  public long endEpochSecondExclusive() {
    return slices.isEmpty() ? firstEpochSecond() : slices.lastKey() + 1;
  }

  /** The slices whose second lies in {@code [fromEpochSecond, toEpochSecondExclusive)}, added together; any window. */
  @Override
  public WindowStats window(long fromEpochSecond, long toEpochSecondExclusive) {
    WindowStats window = new WindowStats(fromEpochSecond, toEpochSecondExclusive);
    if (toEpochSecondExclusive > fromEpochSecond) {
      slices.subMap(fromEpochSecond, true, toEpochSecondExclusive, false).values().forEach(window::add);
    }
    return window;
  }

  /** Any seconds: a second without a slice had no failure. */
  @Override
  public long[] failuresPerSecond(SeriesFilter filter, long fromEpochSecond, long toEpochSecondExclusive) {
    long[] failed = new long[(int) Math.max(0, toEpochSecondExclusive - fromEpochSecond)];
    if (failed.length == 0) {
      return failed;
    }
    // A glob is matched once per name, not once per name and second.
    Map<String, Boolean> selected = new HashMap<>();
    for (TimeSlice slice : slices.subMap(fromEpochSecond, true, toEpochSecondExclusive, false).values()) {
      long count = 0;
      if (filter.kind() == SeriesFilter.Kind.ALL) {
        count = slice.overall().koCount();
      } else {
        Map<String, SeriesStats> series = filter.kind() == SeriesFilter.Kind.GROUP ? slice.groups() : slice.requests();
        for (Map.Entry<String, SeriesStats> entry : series.entrySet()) {
          if (selected.computeIfAbsent(entry.getKey(), filter.accepts()::test)) {
            count += entry.getValue().koCount();
          }
        }
      }
      failed[(int) (slice.epochSecond() - fromEpochSecond)] = count;
    }
    return failed;
  }

  @Override
  public long crashErrors() {
    long crashes = 0;
    for (TimeSlice slice : slices.values()) {
      crashes += slice.crashErrors();
    }
    return crashes;
  }

  /** Built from the slices at each call: a record asked once per evaluation keeps no second copy. */
  @Override
  public Optional<UserTimeline> users() {
    long first = firstEpochSecond();
    int seconds = Math.toIntExact(endEpochSecondExclusive() - first);
    long[] starts = new long[seconds * UserTimeline.TICKS_PER_SECOND];
    long[] ends = new long[seconds];
    for (TimeSlice slice : slices.values()) {
      long[] perTick = slice.startsPerTick();
      if (perTick == null) {
        return Optional.empty();
      }
      int index = (int) (slice.epochSecond() - first);
      System.arraycopy(perTick, 0, starts, index * UserTimeline.TICKS_PER_SECOND, perTick.length);
      ends[index] = slice.usersEnded();
    }
    return Optional.of(UserTimeline.of(first * UserTimeline.TICKS_PER_SECOND, starts, 0, first, ends, 0, true));
  }

  /** The whole run as one window. */
  public WindowStats whole() {
    return window(firstEpochSecond(), endEpochSecondExclusive());
  }

  /**
   * Adds another record into a new one. Both must come from the same simulation: adding a different
   * workload would make every percentile meaningless.
   *
   * @throws IllegalArgumentException if the simulations differ
   */
  public RunRecord merge(RunRecord other) {
    if (!metadata.simulation().equals(other.metadata.simulation())) {
      throw new IllegalArgumentException(
          "cannot merge runs of different simulations: " + metadata.simulation() + " and " + other.metadata.simulation());
    }
    NavigableMap<Long, TimeSlice> merged = new TreeMap<>();
    slices.forEach((second, slice) -> merged.put(second, slice.copy()));
    other.slices.forEach((second, slice) -> merged.merge(second, slice.copy(), (a, b) -> {
      a.add(b);
      return a;
    }));
    LinkedHashSet<String> scenarios = new LinkedHashSet<>(metadata.scenarios());
    scenarios.addAll(other.metadata.scenarios());
    List<InjectorInfo> injectors = new ArrayList<>(metadata.injectors());
    injectors.addAll(other.metadata.injectors());
    RunMetadata mergedMetadata = new RunMetadata(
        metadata.runId(),
        metadata.simulation(),
        Math.min(metadata.epochStartMillis(), other.metadata.epochStartMillis()),
        List.copyOf(scenarios),
        injectors,
        metadata.complete() && other.metadata.complete());
    return new RunRecord(mergedMetadata, merged, injectorTimeline.merge(other.injectorTimeline));
  }

  /** Same metadata, same slices, same injector timeline. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RunRecord other && metadata.equals(other.metadata) && slices.equals(other.slices)
        && injectorTimeline.equals(other.injectorTimeline);
  }

  @Override
  public int hashCode() {
    return metadata.hashCode() * 31 + slices.size();
  }

  @Override
  public String toString() {
    return "RunRecord[" + metadata.runId() + ", " + metadata.simulation() + ", " + slices.size() + " slices, "
        + whole().overall().count() + " requests]";
  }

  /** Slices by second, for persistence. */
  Map<Long, TimeSlice> slicesForWriting() {
    return slices;
  }
}
