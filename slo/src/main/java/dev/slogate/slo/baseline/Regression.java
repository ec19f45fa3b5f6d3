package dev.slogate.slo.baseline;

import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of comparing a run with its baseline: what every report's regression section shows.
 *
 * @param status whether a comparison was made, and if not why
 * @param baselineRunId the baseline's run id, or null without one
 * @param baselineOrigin where the baseline was loaded from, or null
 * @param refusal why the baseline was refused ({@link Compatibility}: "it ran another simulation"), null unless
 *     REFUSED; reports word the rest from the status and the criteria ("Compared with baseline run X: …", "No
 *     baseline: …")
 * @param criteria how the relative objectives were judged
 * @param results one per relative objective, in the order of the spec's latency objectives
 * @param baseline the baseline itself (for charts), or null without one
 */
public record Regression(
    Status status, String baselineRunId, String baselineOrigin, String refusal, RegressionCriteria criteria,
    List<ObjectiveResult> results, Baseline baseline) {

  /** Whether and how a comparison happened. */
  public enum Status {
    /** No baseline was named or pinned; relative objectives are left out. */
    NOT_REQUESTED,
    /** A comparison was asked for but no baseline exists; relative objectives are INCONCLUSIVE. */
    NO_BASELINE,
    /** The baseline measured something else (simulation, plan, system); relative objectives are INCONCLUSIVE. */
    REFUSED,
    /** Compared. */
    COMPARED
  }

  private static final Regression NONE = new Regression(Status.NOT_REQUESTED, null, null, null,
      RegressionCriteria.defaults(), List.of(), null);

  public Regression {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(criteria, "criteria");
    results = List.copyOf(results);
  }

  /** No baseline and none asked for. */
  public static Regression none() {
    return NONE;
  }

  public boolean compared() {
    return status == Status.COMPARED;
  }

  /** The worst verdict of the relative objectives; empty when there are none. */
  public Optional<Verdict> verdict() {
    return results.stream().map(ObjectiveResult::verdict).reduce(Verdict::worst);
  }
}
