package dev.slogate.slo.eval;

import java.util.List;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * The requests one objective reads, added over its windows.
 *
 * @param okLatencies response times of successful requests, ms
 * @param koLatencies response times of failed requests, ms
 * @param seconds the total length of the windows
 * @param requestsInWindows every request in the windows, matched or not: tells "no traffic" from "no match"
 * @param matched the request names (or group paths) the selector matched
 * @param available every request name (or group path) seen in the windows, for "did you mean" messages
 */
record Sample(
    Histogram okLatencies,
    Histogram koLatencies,
    long seconds,
    long requestsInWindows,
    List<String> matched,
    Set<String> available) {

  long ok() {
    return okLatencies.getTotalCount();
  }

  long ko() {
    return koLatencies.getTotalCount();
  }

  long count() {
    return ok() + ko();
  }

  Histogram allLatencies() {
    Histogram all = okLatencies.copy();
    all.add(koLatencies);
    return all;
  }
}
