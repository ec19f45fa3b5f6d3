package dev.slogate.slo.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an objective measures. {@link #id()} is the spelling in SLO files. */
public enum ObjectiveKind {
  /** A percentile of response time. */
  LATENCY("latency"),
  /** Successful requests per second. */
  THROUGHPUT("throughput"),
  /** The share of failed requests, at most some maximum. */
  ERROR_RATE("error-rate"),
  /**
   * Failed requests per second over every sliding window of a given length, at most some maximum: an alert
   * on an absolute error rate ("rate(errors[5m]) > 0.1") as an objective.
   */
  ERROR_FREQUENCY("error-frequency"),
  /** The share of successful requests, at least the SLO; it also defines the error budget. */
  AVAILABILITY("availability"),
  /** Time from a fault to service restored, from a chaos timeline. */
  FAILOVER("failover"),
  /** A documented promise that a load test cannot check; listed as "not covered", never judged. */
  NOT_VERIFIABLE("not-verifiable");

  private final String id;

  ObjectiveKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ObjectiveKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(ObjectiveKind::id).toList();
  }
}
