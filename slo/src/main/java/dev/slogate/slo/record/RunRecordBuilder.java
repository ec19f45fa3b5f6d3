package dev.slogate.slo.record;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Accumulates events, as a log reader streams them, into a {@link RunRecord}. Memory grows with the number
 * of seconds and distinct request names, never with the number of requests.
 *
 * <p>Not thread-safe: one reader feeds one builder.
 */
public final class RunRecordBuilder {

  private final NavigableMap<Long, TimeSlice> slices = new TreeMap<>();
  private TimeSlice current;

  private TimeSlice sliceAt(long epochMillis) {
    long second = Math.floorDiv(epochMillis, 1000);
    // Events arrive nearly in time order, so the last slice is almost always the right one.
    if (current == null || current.epochSecond() != second) {
      current = slices.computeIfAbsent(second, TimeSlice::new);
    }
    return current;
  }

  /**
   * One request.
   *
   * @param name the request name
   * @param groups the enclosing groups, outermost first (empty outside any group)
   * @param startEpochMillis when it was sent
   * @param endEpochMillis when its response was complete
   * @param ok its status
   * @param message the failure message of a KO (ignored for OK)
   */
  public RunRecordBuilder request(
      String name, List<String> groups, long startEpochMillis, long endEpochMillis, boolean ok, String message) {
    sliceAt(startEpochMillis).recordRequest(name, endEpochMillis - startEpochMillis, ok, message);
    return this;
  }

  /** One group execution; its latency is its duration, as in Gatling's reports. */
  public RunRecordBuilder group(List<String> groupPath, long startEpochMillis, long endEpochMillis, boolean ok) {
    sliceAt(startEpochMillis).recordGroup(String.join(RunRecord.GROUP_SEPARATOR, groupPath), endEpochMillis - startEpochMillis, ok);
    return this;
  }

  public RunRecordBuilder userStarted(long epochMillis) {
    sliceAt(epochMillis).userStarted();
    return this;
  }

  public RunRecordBuilder userEnded(long epochMillis) {
    sliceAt(epochMillis).userEnded();
    return this;
  }

  /** One of Gatling's own errors, which has no request. */
  public RunRecordBuilder crashError(long epochMillis) {
    sliceAt(epochMillis).crashError();
    return this;
  }

  /** The record; the builder must not be used afterwards. */
  public RunRecord build(RunMetadata metadata) {
    RunRecord record = new RunRecord(metadata, slices);
    current = null;
    return record;
  }
}
