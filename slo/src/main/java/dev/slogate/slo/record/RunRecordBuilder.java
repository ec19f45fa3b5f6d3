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
public final class RunRecordBuilder implements RunEventSink {

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

  @Override
  public RunRecordBuilder request(
      String name, List<String> groups, long startEpochMillis, long endEpochMillis, boolean ok, String message) {
    sliceAt(startEpochMillis).recordRequest(name, endEpochMillis - startEpochMillis, ok, message);
    return this;
  }

  @Override
  public RunRecordBuilder group(List<String> groupPath, long startEpochMillis, long endEpochMillis, boolean ok) {
    sliceAt(startEpochMillis).recordGroup(String.join(RunRecord.GROUP_SEPARATOR, groupPath), endEpochMillis - startEpochMillis, ok);
    return this;
  }

  @Override
  public RunRecordBuilder userStarted(long epochMillis) {
    sliceAt(epochMillis).userStarted(epochMillis);
    return this;
  }

  @Override
  public RunRecordBuilder userEnded(long epochMillis) {
    sliceAt(epochMillis).userEnded();
    return this;
  }

  @Override
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
