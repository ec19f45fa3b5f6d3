package dev.slogate.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Ground truth from every replica at one moment, and the same merged across replicas. Merging is
 * exact: histograms add, counts add. Replicas that could not be asked (killed, or not answering)
 * are listed in {@code missing}, and what they had recorded is lost with them.
 *
 * @param replicas one entry per replica that answered, by index
 * @param missing indices of replicas that did not answer
 */
public record TruthSnapshot(List<ReplicaTruth> replicas, List<Integer> missing) {

  public TruthSnapshot {
    replicas = List.copyOf(replicas);
    missing = List.copyOf(missing);
  }

  /** True when every replica answered. */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  public ReplicaTruth replica(int index) {
    return replicas.stream().filter(r -> r.index() == index).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no truth from replica " + index));
  }

  /** All replicas, all routes. */
  public Histogram overall() {
    Histogram merged = new Histogram(3);
    replicas.forEach(r -> merged.add(r.overall()));
    return merged;
  }

  /** All replicas, one route; {@code routeKey} as in "GET /api/items". */
  public Histogram route(String routeKey) {
    Histogram merged = new Histogram(3);
    for (ReplicaTruth replica : replicas) {
      Histogram h = replica.routes().get(routeKey);
      if (h == null) {
        throw new IllegalArgumentException("no route '" + routeKey + "'; routes are " + replica.routes().keySet());
      }
      merged.add(h);
    }
    return merged;
  }

  /** All replicas, by route key. */
  public Map<String, Histogram> routes() {
    Map<String, Histogram> merged = new LinkedHashMap<>();
    for (ReplicaTruth replica : replicas) {
      replica.routes().forEach((key, h) -> merged.computeIfAbsent(key, k -> new Histogram(3)).add(h));
    }
    return merged;
  }

  /** All replicas: status code → requests, for one route. */
  public Map<Integer, Long> statusCounts(String routeKey) {
    Map<Integer, Long> merged = new TreeMap<>();
    for (ReplicaTruth replica : replicas) {
      replica.statusCounts().getOrDefault(routeKey, Map.of()).forEach((status, n) -> merged.merge(status, n, Long::sum));
    }
    return merged;
  }

  /** All replicas: requests to {@code routeKey} answered with {@code status}. */
  public long count(String routeKey, int status) {
    return statusCounts(routeKey).getOrDefault(status, 0L);
  }

  /** All replicas, all routes, all statuses. */
  public long totalCount() {
    return replicas.stream().mapToLong(ReplicaTruth::requests).sum();
  }
}
