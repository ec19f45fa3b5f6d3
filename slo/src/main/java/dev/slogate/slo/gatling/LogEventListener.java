package dev.slogate.slo.gatling;

import java.util.List;

/**
 * Receives the events of a {@code simulation.log} in file order, as {@link SimulationLogDecoder} reads them.
 *
 * <p>Events carry primitives and shared immutable values, so decoding allocates nothing per record: names and
 * messages are the same String instances each time they recur, and a group path is the same List instance
 * for the same path. They may be kept. An event is delivered only once its whole record has been read, so a
 * truncated last record never reaches the listener. Times are epoch milliseconds. Every method defaults to
 * doing nothing.
 */
public interface LogEventListener {

  /** The Run record, before any other event. */
  default void onRun(RunHeader header) {}

  /**
   * A virtual user started or ended.
   *
   * @param scenario one of {@link RunHeader#scenarios()}
   */
  default void onUser(String scenario, boolean start, long epochMillis) {}

  /**
   * A request completed.
   *
   * @param groups the enclosing groups, outermost first; empty outside any group
   * @param message the failure message, or the empty string when there is none
   */
  default void onRequest(
      List<String> groups, String name, long startEpochMillis, long endEpochMillis, boolean ok, String message) {}

  /**
   * A group execution completed.
   *
   * @param groupPath the group and its enclosing groups, outermost first
   * @param cumulatedResponseTimeMillis the sum of the response times of the requests inside it
   */
  default void onGroup(
      List<String> groupPath, long startEpochMillis, long endEpochMillis, int cumulatedResponseTimeMillis, boolean ok) {}

  /** One of Gatling's own errors (for example an expression that could not be resolved); no request was sent. */
  default void onError(String message, long epochMillis) {}
}
