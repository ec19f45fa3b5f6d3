package dev.slogate.benchmarks.internal.harness;

/** Whether a figure meets its target. */
public enum Met {
  YES("yes"),
  NO("**no**"),
  /** Informational figure, or a target that could not be measured in this run. */
  NOT_JUDGED("–"),
  /**
   * Measured, but the spread between repeated measurements straddles the target, so the run cannot say which
   * side it is on (slogate's own INCONCLUSIVE).
   */
  NOT_RESOLVED("not resolved");

  private final String text;

  Met(String text) {
    this.text = text;
  }

  public static Met of(boolean met) {
    return met ? YES : NO;
  }

  public Met and(Met other) {
    if (this == NO || other == NO) {
      return NO;
    }
    if (this == NOT_RESOLVED || other == NOT_RESOLVED) {
      return NOT_RESOLVED;
    }
    return this == NOT_JUDGED || other == NOT_JUDGED ? NOT_JUDGED : YES;
  }

  @Override
  public String toString() {
    return text;
  }
}
