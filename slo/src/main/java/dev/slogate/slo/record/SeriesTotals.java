package dev.slogate.slo.record;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link Totals} with latencies by name: all requests together, each request name, each group path, and the
 * failure messages counted. What a {@link TimeSlice} holds for one second and a {@link WindowStats} for a window.
 */
public abstract class SeriesTotals extends Totals {

  /** Made once: a lambda capturing the supplier, made per call, would allocate on the reader's hot path. */
  private final Function<String, SeriesStats> newSeries;
  private final SeriesStats overall;
  private final Map<String, SeriesStats> requests = new TreeMap<>();
  private final Map<String, SeriesStats> groups = new TreeMap<>();
  private final Map<String, Long> koMessages = new TreeMap<>();

  /** @param newSeries how a series kept here is made: packed for recording, plain for sums */
  SeriesTotals(Supplier<SeriesStats> newSeries) {
    this.newSeries = name -> newSeries.get();
    this.overall = newSeries.get();
  }

  /** All requests together. */
  public final SeriesStats overall() {
    return overall;
  }

  /** Per request name, unmodifiable; the statistics hand out copies of their histograms. */
  public final Map<String, SeriesStats> requests() {
    return Collections.unmodifiableMap(requests);
  }

  /** Per group path, joined with {@link RunRecord#GROUP_SEPARATOR}, unmodifiable, like {@link #requests()}. */
  public final Map<String, SeriesStats> groups() {
    return Collections.unmodifiableMap(groups);
  }

  /** Failure messages of requests and their counts. */
  public final Map<String, Long> koMessages() {
    return Collections.unmodifiableMap(koMessages);
  }

  final SeriesStats request(String name) {
    return requests.computeIfAbsent(name, newSeries);
  }

  final SeriesStats group(String path) {
    return groups.computeIfAbsent(path, newSeries);
  }

  final void putRequest(String name, SeriesStats stats) {
    requests.put(name, stats);
  }

  final void putGroup(String path, SeriesStats stats) {
    groups.put(path, stats);
  }

  final void putKoMessage(String message, long count) {
    koMessages.put(message, count);
  }

  final void countKoMessage(String message, long count) {
    koMessages.merge(message, count, Long::sum);
  }

  /** Adds everything {@code other} holds into this. */
  final void addAll(SeriesTotals other) {
    addCounters(other);
    overall.add(other.overall);
    other.requests.forEach((name, stats) -> request(name).add(stats));
    other.groups.forEach((path, stats) -> group(path).add(stats));
    other.koMessages.forEach(this::countKoMessage);
  }

  final boolean totalsEqual(SeriesTotals other) {
    return countersEqual(other)
        && overall.equals(other.overall)
        && requests.equals(other.requests)
        && groups.equals(other.groups)
        && koMessages.equals(other.koMessages);
  }
}
