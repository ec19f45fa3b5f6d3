package dev.slogate.slo.gate;

import dev.slogate.slo.eval.Verdict;

/**
 * Whether a run lets the release through, and the exit status that says so.
 *
 * @param verdict the evaluation's overall verdict
 * @param passed true when the gate lets the run through under its policy
 * @param exitCode 0 when passed; otherwise 1 for FAIL and 2 for INCONCLUSIVE or INVALID
 * @param policy the policy applied
 */
public record GateDecision(Verdict verdict, boolean passed, int exitCode, GatePolicy policy) {

  public static final int EXIT_PASS = 0;
  public static final int EXIT_FAIL = 1;
  public static final int EXIT_NOT_PROVEN = 2;

  /** "gate PASSED (verdict PASS)", "gate FAILED (verdict INCONCLUSIVE; -Dslogate.gate.inconclusive=fail)". */
  public String describe() {
    String policyNote = verdict == Verdict.INCONCLUSIVE ? "; " + GatePolicy.PROPERTY + "=" + policy.inconclusive() : "";
    return "gate " + (passed ? "PASSED" : "FAILED") + " (verdict " + verdict + policyNote + ")";
  }
}
