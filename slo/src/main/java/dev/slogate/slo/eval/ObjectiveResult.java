package dev.slogate.slo.eval;

import dev.slogate.slo.spec.Objective;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one objective and the evidence behind it.
 *
 * @param objective the objective judged
 * @param verdict the verdict
 * @param reason why, as data (the kind of sentence and its figures); reports word it as one sentence a release
 *     manager understands, e.g. "p99 of GET /api/* in steady was 42 ms (95% CI 38–47 ms, n=6,012), below the 100 ms
 *     target."
 * @param measure what was measured: "p99", "throughput", "error rate", "availability", "failover time"
 * @param series what it was measured on: "all requests", "GET /api/*", "group checkout", "3 faults"
 * @param phases the names of the judged phases ({@code whole-run} without a plan); empty for failover
 * @param measurement the estimate and its bounds
 * @param target what the estimate must meet
 */
public record ObjectiveResult(
    Objective objective,
    Verdict verdict,
    Reason reason,
    String measure,
    String series,
    List<String> phases,
    Measurement measurement,
    Threshold target) {

  public ObjectiveResult {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    phases = List.copyOf(phases);
  }

  public String name() {
    return objective.name();
  }

  /** The same evidence under another verdict, for the checks that overrule a computed verdict. */
  ObjectiveResult overruled(Verdict newVerdict, Reason newReason) {
    return new ObjectiveResult(objective, newVerdict, newReason, measure, series, phases, measurement, target);
  }
}
