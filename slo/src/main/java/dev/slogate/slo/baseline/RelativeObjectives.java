package dev.slogate.slo.baseline;

import dev.slogate.slo.spec.Citation;
import dev.slogate.slo.spec.Comparison;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.RequestSelector;
import dev.slogate.slo.spec.SloSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which percentiles are compared with a baseline: the spec's own latency objectives (same percentile, same
 * requests, same phases, same confidence), or p50, p95 and p99 of all requests under the spec's defaults when
 * the spec has none.
 */
final class RelativeObjectives {

  static final String SUFFIX = "-vs-baseline";

  private RelativeObjectives() {}

  static List<LatencyObjective> of(SloSpec spec) {
    List<LatencyObjective> compared = new ArrayList<>();
    spec.objectives().stream()
        .filter(LatencyObjective.class::isInstance)
        .map(LatencyObjective.class::cast)
        .filter(o -> o.comparison().isUpperLimit())
        .forEach(compared::add);
    if (compared.isEmpty()) {
      for (double p : new double[] {50, 95, 99}) {
        compared.add(new LatencyObjective("p" + (int) p, Optional.empty(), Optional.empty(), spec.defaults().judging(),
            RequestSelector.allRequests(), p, spec.defaults().outcome(), Comparison.LESS_OR_EQUAL, 1));
      }
    }
    return compared;
  }

  /**
   * The relative objective derived from one compared percentile, with the allowed increase as its threshold. It
   * cites the baseline run; where that run was loaded from is in the regression section and the evidence.
   */
  static LatencyObjective relative(LatencyObjective base, double allowedIncreaseMillis, String baselineRunId,
      String baselineOrigin, double tolerance) {
    String description = "p" + percentileText(base.percentile()) + " may rise at most "
        + Math.round(tolerance * 100) + "% (plus the log's resolution) over baseline run " + baselineRunId;
    Optional<Citation> source = baselineRunId == null
        ? Optional.empty()
        : Optional.of(new Citation("baseline run " + baselineRunId, Optional.empty()));
    return new LatencyObjective(base.name() + SUFFIX, source, Optional.of(description), base.judging(),
        base.selector(), base.percentile(), base.outcome(), Comparison.LESS_OR_EQUAL,
        Math.max(allowedIncreaseMillis, Double.MIN_VALUE));
  }

  static String percentileText(double percentile) {
    return percentile == Math.rint(percentile) ? String.valueOf((long) percentile) : String.valueOf(percentile);
  }
}
