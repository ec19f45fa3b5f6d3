package dev.slogate.slo.eval;

import java.util.List;
import java.util.Optional;

/**
 * The run-level rules that can only make a verdict worse, in one place for the evaluator's objectives and for the
 * relative objectives of a baseline comparison: a measurement taken on a phase whose load was INVALID says nothing
 * about the target, and an incomplete record (a log that ended early) can never PASS.
 */
public final class RunLevelRules {

  private RunLevelRules() {}

  /** The first phase of {@code judged} whose load was INVALID, if any. */
  public static Optional<PhaseValidity> firstInvalid(List<PhaseValidity> judged) {
    return judged.stream().filter(PhaseValidity::isInvalid).findFirst();
  }

  /** The result made INVALID because its phase's load was: neither passed nor failed, for {@code reason}. */
  public static ObjectiveResult invalidLoad(ObjectiveResult result, Reason reason) {
    return result.overruled(Verdict.INVALID, reason);
  }

  /** A PASS on an incomplete record becomes INVALID, for {@code reason}; any other verdict, or a complete record, stands. */
  public static ObjectiveResult cannotPassIncomplete(ObjectiveResult result, boolean complete, Reason reason) {
    return !complete && result.verdict() == Verdict.PASS ? result.overruled(Verdict.INVALID, reason) : result;
  }
}
