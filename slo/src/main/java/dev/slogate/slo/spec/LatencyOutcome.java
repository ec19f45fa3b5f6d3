package dev.slogate.slo.spec;

/**
 * Which requests a latency objective reads. The default is {@link #ALL}: a request that timed out after
 * 30 s is slow for its user whatever its status, and leaving it out would make a failing target look fast.
 * {@link #OK} follows the SRE convention of judging the latency of successful requests only; failures are
 * then left to an error-rate or availability objective.
 */
public enum LatencyOutcome {
  ALL("all"),
  OK("ok");

  private final String id;

  LatencyOutcome(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
