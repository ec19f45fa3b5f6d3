package dev.slogate.benchmarks.reliability;

/** What one malformed input did to slogate. */
enum Outcome {
  /** Refused with one line, no stack trace: what every malformed input must give. */
  CLEAR_ERROR,
  /** Read without complaint and judged on its merits: a damaged log whose records are still plausible. */
  READ_AND_JUDGED,
  /** Read and judged PASS although the input was damaged in a way that removes evidence: a wrong PASS. */
  WRONG_PASS,
  /** Read without complaint although it must be refused (a malformed SLO file, experiment or profile). */
  ACCEPTED,
  /** An exception that is not slogate's user error, or a message over several lines or with a stack trace. */
  STACK_TRACE,
  /** No answer within the time bound. */
  HANG
}
