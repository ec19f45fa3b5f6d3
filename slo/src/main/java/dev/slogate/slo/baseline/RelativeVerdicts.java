package dev.slogate.slo.baseline;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Note;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Summary;
import dev.slogate.slo.eval.Verdict;
import java.util.ArrayList;
import java.util.List;

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
    List<Note> notes = new ArrayList<>(evaluation.notes());
    notes.add(new Note.BaselineCompared(regression));
    return new Evaluation(evaluation.spec(), evaluation.run(), overall,
        Summary.of(overall, results, evaluation.notCovered().size(), evaluation.run().complete()), results,
        evaluation.notCovered(), evaluation.phases(), evaluation.errorBudgets(), evaluation.faults(), notes,
        evaluation.planProvided(), evaluation.options());
  }
}
