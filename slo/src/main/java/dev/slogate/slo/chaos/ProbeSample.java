package dev.slogate.slo.chaos;

/**
 * One health probe against the target during a chaos experiment.
 *
 * @param epochMillis when the probe was sent
 * @param latencyMicros how long it took to get an answer, or to give up
 * @param ok whether the target answered as a healthy target should
 * @param status the HTTP status, or 0 when no response arrived (connection refused, timeout)
 */
public record ProbeSample(long epochMillis, long latencyMicros, boolean ok, int status) {}
