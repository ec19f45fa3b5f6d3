package dev.slogate.slo.gate;

import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Verdict;

/** Turns an evaluation into a release decision. The only place a verdict becomes an exit status. */
public final class Gate {

  private Gate() {}

  public static GateDecision decide(Evaluation evaluation, GatePolicy policy) {
    return decide(evaluation.verdict(), policy);
  }

  public static GateDecision decide(Verdict verdict, GatePolicy policy) {
    return switch (verdict) {
      case PASS -> new GateDecision(verdict, true, GateDecision.EXIT_PASS, policy);
      case FAIL -> new GateDecision(verdict, false, GateDecision.EXIT_FAIL, policy);
      case INVALID -> new GateDecision(verdict, false, GateDecision.EXIT_NOT_PROVEN, policy);
      case INCONCLUSIVE -> policy.inconclusivePasses()
          ? new GateDecision(verdict, true, GateDecision.EXIT_PASS, policy)
          : new GateDecision(verdict, false, GateDecision.EXIT_NOT_PROVEN, policy);
    };
  }
}
