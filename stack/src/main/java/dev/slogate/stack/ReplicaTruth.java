package dev.slogate.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One replica's own record of the requests it answered since it started or since the last
 * {@link GroundTruth#reset()}: service times from the moment the request was parsed to the moment
 * the response was complete, in {@link GroundTruth#UNIT microseconds}, exact to three significant
 * digits. The histograms are fresh copies owned by the caller.
 *
 * @param index the replica
 * @param overall all routes together
 * @param routes by route key, e.g. "GET /api/items"; every route of the profile is present
 * @param statusCounts by route key, then status code → requests answered with it
 */
public record ReplicaTruth(
    int index, Histogram overall, Map<String, Histogram> routes,
    Map<String, Map<Integer, Long>> statusCounts) {

  public ReplicaTruth {
    routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    statusCounts = Collections.unmodifiableMap(new LinkedHashMap<>(statusCounts));
  }

  /** Requests this replica answered, all routes and statuses. */
  public long requests() {
    return overall.getTotalCount();
  }

  /** Requests to {@code routeKey} answered with {@code status}. */
  public long count(String routeKey, int status) {
    return statusCounts.getOrDefault(routeKey, Map.of()).getOrDefault(status, 0L);
  }
}
