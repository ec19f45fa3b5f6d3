package dev.slogate.slo.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation in figures, for the one-sentence summary reports show ("FAIL: of 6 objectives, 1
 * failed (p99-latency), 5 passed."). Immutable.
 *
 * @param verdict the overall verdict
 * @param names the judged objectives' names by verdict, in spec order; every verdict is a key
 * @param notCovered how many objectives no load test can verify
 * @param complete whether the run record is complete
 */
public record Summary(Verdict verdict, Map<Verdict, List<String>> names, int notCovered, boolean complete) {

  public Summary {
    Map<Verdict, List<String>> copy = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      copy.put(v, List.copyOf(names.getOrDefault(v, List.of())));
    }
    names = java.util.Collections.unmodifiableMap(copy);
  }

  /** The summary of {@code results} under the overall {@code verdict}. */
  public static Summary of(Verdict verdict, List<ObjectiveResult> results, int notCovered, boolean complete) {
    Map<Verdict, List<String>> names = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      names.put(v, results.stream().filter(r -> r.verdict() == v).map(ObjectiveResult::name).toList());
    }
    return new Summary(verdict, names, notCovered, complete);
  }

  /** How many objectives were judged. */
  public int judged() {
    return names.values().stream().mapToInt(List::size).sum();
  }
}
