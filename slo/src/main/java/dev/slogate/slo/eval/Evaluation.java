package dev.slogate.slo.eval;

import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.spec.SloSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of judging one run against one SLO spec: everything a report or {@code verdict.json} needs.
 * Immutable.
 *
 * @param spec the spec judged against (system, version, objectives and their sources)
 * @param run the run's metadata (run id, simulation, injectors, complete or not)
 * @param verdict the overall verdict: the worst of the results (see {@link Verdict} for the order), and
 *     never PASS for an incomplete record or when nothing was judged
 * @param summary the verdicts in figures, which reports word as one sentence, e.g. "FAIL: of 6 objectives, 1 failed
 *     (p99-latency), 5 passed."
 * @param results one per judged objective, in spec order
 * @param notCovered the objectives no load test can verify, listed so that they are seen
 * @param phases the load check of every phase some objective was judged on
 * @param errorBudgets one per availability objective that had requests
 * @param faults the chaos timeline's faults (time to detect, failover, downtime, KOs), empty without chaos
 * @param notes what a reader should know about how this was judged, as data that reports word
 * @param planProvided whether a run plan was given; without one the whole run is one phase
 * @param options the options used
 */
public record Evaluation(
    SloSpec spec,
    RunMetadata run,
    Verdict verdict,
    Summary summary,
    List<ObjectiveResult> results,
    List<NotCovered> notCovered,
    List<PhaseValidity> phases,
    List<ErrorBudget> errorBudgets,
    List<FaultWindow> faults,
    List<Note> notes,
    boolean planProvided,
    EvaluationOptions options) {

  public Evaluation {
    results = List.copyOf(results);
    notCovered = List.copyOf(notCovered);
    phases = List.copyOf(phases);
    errorBudgets = List.copyOf(errorBudgets);
    faults = List.copyOf(faults);
    notes = List.copyOf(notes);
  }

  public Optional<ObjectiveResult> result(String objectiveName) {
    return results.stream().filter(r -> r.name().equals(objectiveName)).findFirst();
  }

  /** How many results got each verdict; every verdict is a key. */
  public Map<Verdict, Long> tally() {
    Map<Verdict, Long> tally = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      tally.put(verdict, results.stream().filter(r -> r.verdict() == verdict).count());
    }
    return tally;
  }

  /** The first error budget, the one most specs have. */
  public Optional<ErrorBudget> errorBudget() {
    return errorBudgets.stream().findFirst();
  }
}
