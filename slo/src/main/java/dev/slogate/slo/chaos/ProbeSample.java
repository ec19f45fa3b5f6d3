package dev.slogate.slo.chaos;

/**
 * One health probe against the target during a chaos experiment.
 *
 * @param epochMillis when the probe was sent
 * @param latencyMicros how long it took to get an answer, or to give up
 * @param ok whether the target answered with the expected status (and, for a probe that reads a value, a
 *     body holding that value)
 * @param status the HTTP status, or 0 when no response arrived (connection refused, timeout)
 * @param observed for a probe that watches a value of the answer (such as the current leader), that value as
 *     text; null for a plain health probe, or when the answer held no such value
 */
public record ProbeSample(long epochMillis, long latencyMicros, boolean ok, int status, String observed) {

  /** A plain health probe's sample: status only. */
  public ProbeSample(long epochMillis, long latencyMicros, boolean ok, int status) {
    this(epochMillis, latencyMicros, ok, status, null);
  }
}
