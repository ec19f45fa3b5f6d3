package dev.slogate.slo.record;

import java.util.List;

/**
 * What a log reader feeds, event by event: {@link RunRecordBuilder} (every second kept) and
 * {@link WindowedRunBuilder} (only the windows to judge) take the same events, so one reader serves both.
 * Times are epoch milliseconds; an event belongs to the second it started in.
 *
 * <p>Implementations sit on the reader's hot path: they take primitives and shared values and allocate nothing
 * per event. Each method returns the sink, so that a builder's own type can be kept in a chain.
 */
public interface RunEventSink {

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
  RunEventSink request(
      String name, List<String> groups, long startEpochMillis, long endEpochMillis, boolean ok, String message);

  /** One group execution; its latency is its duration, as in Gatling's reports. */
  RunEventSink group(List<String> groupPath, long startEpochMillis, long endEpochMillis, boolean ok);

  RunEventSink userStarted(long epochMillis);

  RunEventSink userEnded(long epochMillis);

  /** One of Gatling's own errors, which has no request. */
  RunEventSink crashError(long epochMillis);
}
