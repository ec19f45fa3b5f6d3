package dev.slogate.chaos.failover;

import dev.slogate.chaos.spec.AbortCondition;
import dev.slogate.slo.chaos.ProbeSample;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Watches an experiment's abort conditions while its fault is in place, on the probes: the error ratio or
 * the 99th percentile latency of the probes that answered within the last {@code over}.
 *
 * <p>A condition is judged only once the probes cover its whole window (the first probe is at least
 * {@code over} old): otherwise the single failed probe right after an injection would be an error ratio of
 * 100% and abort every experiment at once.
 */
public final class AbortMonitor {

  /**
   * A condition that holds.
   *
   * @param condition the condition
   * @param observed its metric over the window (a ratio, or milliseconds)
   * @param probes how many probes the window held
   */
  public record Breach(AbortCondition condition, double observed, int probes) {

    /** {@code error ratio 0.62 above 0.5 over 10s (21 probes)}. */
    public String describe() {
      String value = condition.metric() == AbortCondition.Metric.ERROR_RATIO
          ? String.format(java.util.Locale.ROOT, "error ratio %.2f", observed)
          : String.format(java.util.Locale.ROOT, "p99 %.0f ms", observed);
      return value + " (" + probes + " probes) breached: " + condition;
    }
  }

  private final List<AbortCondition> conditions;

  public AbortMonitor(List<AbortCondition> conditions) {
    this.conditions = List.copyOf(conditions);
  }

  /** The first condition that holds at {@code nowMillis}, judged on {@code samples}. */
  public Optional<Breach> check(List<ProbeSample> samples, long nowMillis) {
    if (samples.isEmpty()) {
      return Optional.empty();
    }
    long firstSent = samples.stream().mapToLong(ProbeSample::epochMillis).min().getAsLong();
    for (AbortCondition condition : conditions) {
      long from = nowMillis - condition.over().toMillis();
      if (firstSent > from) {
        continue;
      }
      List<ProbeSample> window = samples.stream()
          .filter(s -> s.epochMillis() >= from && FailoverMeter.answeredAt(s) <= nowMillis)
          .toList();
      if (window.isEmpty()) {
        continue;
      }
      double observed = condition.metric() == AbortCondition.Metric.ERROR_RATIO
          ? (double) window.stream().filter(s -> !s.ok()).count() / window.size()
          : p99Millis(window);
      if (condition.isBreachedBy(observed)) {
        return Optional.of(new Breach(condition, observed, window.size()));
      }
    }
    return Optional.empty();
  }

  /** Nearest rank: the smallest latency at or above which 1% of the probes lie. */
  static double p99Millis(List<ProbeSample> window) {
    long[] micros = window.stream().mapToLong(ProbeSample::latencyMicros).toArray();
    Arrays.sort(micros);
    int rank = (int) Math.ceil(0.99 * micros.length);
    return micros[Math.max(0, rank - 1)] / 1000.0;
  }
}
