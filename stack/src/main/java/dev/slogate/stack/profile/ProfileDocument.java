package dev.slogate.stack.profile;

import dev.slogate.config.Durations;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.WorkQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile exactly as written in YAML: every field optional and every duration still text,
 * so that checking and defaulting happen in one place ({@link ProfileValidator}) with the
 * location of the field at fault. The same shape carries a profile to replica processes as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "timeScale", "replicas", "roles", "healthCheck", "routes", "websockets", "leaderElection",
    "workQueue"})
public record ProfileDocument(
    String name, Integer replicas, List<String> roles, HealthCheckDocument healthCheck,
    List<RouteDocument> routes, List<WebSocketDocument> websockets,
    LeaderElectionDocument leaderElection, WorkQueueDocument workQueue, Double timeScale) {

  /** A document of plain HTTP routes. */
  public ProfileDocument(
      String name, Integer replicas, List<String> roles, HealthCheckDocument healthCheck,
      List<RouteDocument> routes) {
    this(name, replicas, roles, healthCheck, routes, null, null, null, null);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"interval", "timeout", "fall", "rise", "path"})
  public record HealthCheckDocument(String interval, String timeout, Integer fall, Integer rise, String path) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"method", "path", "latency", "errors", "responseBytes", "auth"})
  public record RouteDocument(
      String method, String path, LatencyDocument latency, ErrorsDocument errors,
      Integer responseBytes, String auth) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"path", "push"})
  public record WebSocketDocument(String path, String push) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"heartbeat", "deadAfter"})
  public record LeaderElectionDocument(String heartbeat, String deadAfter) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"submit", "claimEvery", "recoverEvery", "stepDuration", "maxParallelism", "capacityThreshold"})
  public record WorkQueueDocument(
      String submit, String claimEvery, String recoverEvery, LatencyDocument stepDuration,
      Integer maxParallelism, Double capacityThreshold) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ErrorsDocument(Double ratio, Integer status) {}

  /** Exactly one of the fields is set. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LatencyDocument(
      String fixed, UniformDocument uniform, NormalDocument normal, LogNormalDocument lognormal,
      EmpiricalDocument empirical) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UniformDocument(String min, String max) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NormalDocument(String mean, String stddev) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LogNormalDocument(String median, String p99) {}

  /** Exactly one of the fields is set; percentile keys read {@code p0}, {@code p99.9}, {@code p100}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EmpiricalDocument(List<WeightedDocument> weighted, Map<String, String> percentiles) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WeightedDocument(String value, Double weight) {}

  /** The document that reads back as {@code profile}: exact durations, every default spelled out. */
  public static ProfileDocument of(StackProfile profile) {
    HealthCheck hc = profile.healthCheck();
    return new ProfileDocument(
        profile.name(), profile.replicas(), profile.roles(),
        new HealthCheckDocument(
            Durations.formatInLargestUnit(hc.interval()), Durations.formatInLargestUnit(hc.timeout()), hc.fall(), hc.rise(), hc.path()),
        profile.routes().stream().map(ProfileDocument::route).toList(),
        profile.websockets().stream()
            .map(w -> new WebSocketDocument(w.path(), Durations.formatInLargestUnit(w.push()))).toList(),
        election(profile.leaderElection()),
        queue(profile.workQueue()),
        profile.timeScale());
  }

  private static RouteDocument route(RouteSpec route) {
    return new RouteDocument(route.method(), route.path(), latency(route.latency()),
        new ErrorsDocument(route.errorRatio(), route.errorStatus()), route.responseBytes(), route.auth().id());
  }

  private static LeaderElectionDocument election(LeaderElection e) {
    return e == null ? null
        : new LeaderElectionDocument(Durations.formatInLargestUnit(e.heartbeat()), Durations.formatInLargestUnit(e.deadAfter()));
  }

  private static WorkQueueDocument queue(WorkQueue q) {
    return q == null ? null
        : new WorkQueueDocument(q.submit(), Durations.formatInLargestUnit(q.claimInterval()),
            Durations.formatInLargestUnit(q.recoveryInterval()), latency(q.stepDuration()), q.maxParallelism(),
            q.capacityThreshold());
  }

  private static LatencyDocument latency(LatencyDistribution d) {
    if (d instanceof LatencyDistribution.Fixed f) {
      return new LatencyDocument(Durations.formatInLargestUnit(f.value()), null, null, null, null);
    }
    if (d instanceof LatencyDistribution.Uniform u) {
      return new LatencyDocument(null,
          new UniformDocument(Durations.formatInLargestUnit(u.min()), Durations.formatInLargestUnit(u.max())), null, null, null);
    }
    if (d instanceof LatencyDistribution.Normal n) {
      return new LatencyDocument(null, null,
          new NormalDocument(Durations.formatInLargestUnit(n.mean()), Durations.formatInLargestUnit(n.stddev())), null, null);
    }
    if (d instanceof LatencyDistribution.LogNormal l) {
      return new LatencyDocument(null, null, null,
          new LogNormalDocument(Durations.formatInLargestUnit(l.median()), Durations.formatInLargestUnit(l.p99())), null);
    }
    if (d instanceof LatencyDistribution.Weighted w) {
      List<WeightedDocument> values = w.values().stream()
          .map(v -> new WeightedDocument(Durations.formatInLargestUnit(v.value()), v.weight()))
          .toList();
      return new LatencyDocument(null, null, null, null, new EmpiricalDocument(values, null));
    }
    LatencyDistribution.Percentiles p = (LatencyDistribution.Percentiles) d;
    Map<String, String> points = new LinkedHashMap<>();
    for (LatencyDistribution.PercentilePoint point : p.points()) {
      points.put("p" + LatencyDistribution.PercentilePoint.label(point.percentile()),
          Durations.formatInLargestUnit(point.value()));
    }
    return new LatencyDocument(null, null, null, null, new EmpiricalDocument(null, points));
  }
}
