package dev.slogate.slo.eval;

/**
 * The four verdicts, ordered from best to worst. An evaluation's overall verdict is the worst of its
 * objectives'.
 *
 * <p>FAIL ranks above INVALID on purpose: FAIL is the strongest statement slogate makes (valid evidence
 * shows a target missed), and a run in which one phase was invalid must not hide a failure measured cleanly
 * on another. Both fail the gate; what the gate does with INCONCLUSIVE is a policy of the caller (the
 * default is to fail).
 */
public enum Verdict {
  /** The whole confidence bound meets the target. */
  PASS,
  /** The evidence straddles the target, or there is too little of it. */
  INCONCLUSIVE,
  /** The measurement cannot be trusted (injector off its planned rate, incomplete record): neither passed nor failed. */
  INVALID,
  /** The confidence bound clearly misses the target. */
  FAIL;

  public Verdict worst(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isPass() {
    return this == PASS;
  }
}
