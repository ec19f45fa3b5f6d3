package dev.slogate.reports.internal;

import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GateDecision;

/** How reports name verdicts and the gate, the same in every format. */
public final class VerdictWords {

  private VerdictWords() {}

  /** "PASS — gate passed", "INCONCLUSIVE — gate passed (inconclusive=pass)", "FAIL — gate failed". */
  public static String headline(GateDecision gate) {
    String policy = gate.verdict() == Verdict.INCONCLUSIVE ? " (inconclusive=" + gate.policy().inconclusive() + ")" : "";
    return gate.verdict() + " — gate " + (gate.passed() ? "passed" : "failed") + policy;
  }

  /** What a verdict means, for a reader who does not know slogate. */
  public static String meaning(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "every judged objective met its target with confidence";
      case FAIL -> "at least one objective clearly missed its target";
      case INVALID -> "the measurement cannot be trusted (load not as planned, or an incomplete record)";
      case INCONCLUSIVE -> "the evidence is not strong enough either way";
    };
  }
}
