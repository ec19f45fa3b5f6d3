package dev.slogate.slo.baseline;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Folds the relative objectives of a baseline comparison into an evaluation, so that the gate,
 * {@code verdict.json} and every report judge one and the same list. The overall verdict can only get worse.
 */
public final class RelativeVerdicts {

  private RelativeVerdicts() {}

  /** The evaluation with the regression's results appended; unchanged when there are none. */
  public static Evaluation apply(Evaluation evaluation, Regression regression) {
    if (regression.results().isEmpty()) {
      return evaluation;
    }
    List<ObjectiveResult> results = new ArrayList<>(evaluation.results());
    results.addAll(regression.results());
    Verdict overall = results.stream().map(ObjectiveResult::verdict).reduce(evaluation.verdict(), Verdict::worst);
    List<String> notes = new ArrayList<>(evaluation.notes());
    notes.add(regression.reason());
    return new Evaluation(evaluation.spec(), evaluation.run(), overall,
        summary(overall, results, evaluation.notCovered(), evaluation.run().complete()), results,
        evaluation.notCovered(), evaluation.phases(), evaluation.errorBudgets(), evaluation.faults(), notes,
        evaluation.planProvided(), evaluation.options());
  }

  /** The evaluator's summary sentence, over all results, relative ones included. */
  static String summary(Verdict overall, List<ObjectiveResult> results, List<NotCovered> notCovered, boolean complete) {
    String notCoveredText = notCovered.isEmpty() ? "" : " " + notCovered.size() + " not covered.";
    if (overall == Verdict.PASS) {
      return "PASS: all " + results.size() + " judged objectives passed." + notCoveredText;
    }
    Map<Verdict, String> words = Map.of(Verdict.FAIL, "failed", Verdict.INVALID, "invalid",
        Verdict.INCONCLUSIVE, "inconclusive", Verdict.PASS, "passed");
    List<String> parts = new ArrayList<>();
    for (Verdict verdict : List.of(Verdict.FAIL, Verdict.INVALID, Verdict.INCONCLUSIVE, Verdict.PASS)) {
      List<String> names = results.stream().filter(r -> r.verdict() == verdict).map(ObjectiveResult::name).toList();
      if (!names.isEmpty()) {
        parts.add(names.size() + " " + words.get(verdict) + (verdict == Verdict.PASS ? "" : " (" + String.join(", ", names) + ")"));
      }
    }
    String incomplete = complete ? "" : "the run record is incomplete; ";
    return overall + ": " + incomplete + "of " + results.size() + " objectives, " + String.join(", ", parts) + "." + notCoveredText;
  }
}
