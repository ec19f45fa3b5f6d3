package dev.slogate.stack.profile;

import dev.slogate.config.Durations;
import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.WebSocketSpec;
import dev.slogate.stack.WorkQueue;
import dev.slogate.stack.profile.ProfileDocument.EmpiricalDocument;
import dev.slogate.stack.profile.ProfileDocument.HealthCheckDocument;
import dev.slogate.stack.profile.ProfileDocument.LatencyDocument;
import dev.slogate.stack.profile.ProfileDocument.RouteDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a {@link ProfileDocument} into a {@link StackProfile}: fills defaults, parses durations,
 * and reports the first problem with the path of the field at fault. The invariants themselves
 * live in the model's constructors; this class only says where a broken one came from.
 */
final class ProfileValidator {

  static final int DEFAULT_REPLICAS = 3;
  static final int DEFAULT_ERROR_STATUS = 500;
  private static final RouteSpec PLACEHOLDER_ROUTE =
      RouteSpec.of("GET", "/", new LatencyDistribution.Fixed(Duration.ZERO));

  private ProfileValidator() {}

  static StackProfile toProfile(ProfileDocument doc) {
    FieldPath root = FieldPath.ROOT;
    String name = required(doc.name(), root.field("name"));
    int replicas = doc.replicas() == null ? DEFAULT_REPLICAS : doc.replicas();
    HealthCheck check = healthCheck(doc.healthCheck(), root.field("healthCheck"));
    List<RouteDocument> routeDocs = required(doc.routes(), root.field("routes"));
    List<RouteSpec> routes = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < routeDocs.size(); i++) {
      FieldPath at = root.field("routes").index(i);
      RouteSpec route = route(required(routeDocs.get(i), at), at);
      Integer first = seen.putIfAbsent(route.key(), i);
      if (first != null) {
        throw new ProfileProblem(at, "route '" + route.key() + "' is already defined at routes[" + first + "]");
      }
      routes.add(route);
    }
    List<String> roles = doc.roles();
    if (roles != null && roles.size() > replicas) {
      throw new ProfileProblem(root.field("roles"),
          roles.size() + " roles given for " + replicas + " replicas");
    }
    List<WebSocketSpec> sockets = SectionValidator.websockets(doc.websockets(), root.field("websockets"));
    LeaderElection election = SectionValidator.leaderElection(doc.leaderElection(), root.field("leaderElection"));
    WorkQueue queue = SectionValidator.workQueue(doc.workQueue(), root.field("workQueue"));
    // Build field by field so that a broken invariant points at its own field.
    List<RouteSpec> one = List.of(PLACEHOLDER_ROUTE);
    build(root.field("name"), () -> new StackProfile(name, 1, List.of(), check, one));
    build(root.field("replicas"), () -> new StackProfile(name, replicas, List.of(), check, one));
    build(root.field("roles"), () -> new StackProfile(name, replicas, roles, check, one));
    build(root.field("routes"), () -> new StackProfile(name, replicas, roles, check, routes));
    build(root.field("websockets"), () -> new StackProfile(name, replicas, roles, check, routes, sockets, null, null));
    build(root.field("workQueue"), () -> new StackProfile(name, replicas, roles, check, routes, sockets, election, queue));
    double timeScale = doc.timeScale() == null ? 1 : doc.timeScale();
    return build(root.field("timeScale"),
        () -> new StackProfile(name, replicas, roles, check, routes, sockets, election, queue, timeScale));
  }

  private static HealthCheck healthCheck(HealthCheckDocument doc, FieldPath at) {
    if (doc == null) {
      return HealthCheck.HAPROXY_DEFAULTS;
    }
    HealthCheck defaults = HealthCheck.HAPROXY_DEFAULTS;
    Duration interval = doc.interval() == null
        ? defaults.interval() : duration(doc.interval(), at.field("interval"));
    // As in HAProxy, the check timeout defaults to the interval.
    Duration timeout = doc.timeout() == null ? interval : duration(doc.timeout(), at.field("timeout"));
    int fall = doc.fall() == null ? defaults.fall() : doc.fall();
    int rise = doc.rise() == null ? defaults.rise() : doc.rise();
    String path = doc.path() == null ? HealthCheck.DEFAULT_PATH : doc.path();
    build(at.field("path"), () -> defaults.withPath(path));
    return build(at, () -> new HealthCheck(interval, timeout, fall, rise, path));
  }

  private static RouteSpec route(RouteDocument doc, FieldPath at) {
    String method = required(doc.method(), at.field("method"));
    String path = required(doc.path(), at.field("path"));
    LatencyDistribution latency = latency(required(doc.latency(), at.field("latency")), at.field("latency"));
    double ratio = 0.0;
    int status = DEFAULT_ERROR_STATUS;
    FieldPath errorsAt = at.field("errors");
    if (doc.errors() != null) {
      ratio = doc.errors().ratio() == null ? 0.0 : doc.errors().ratio();
      status = doc.errors().status() == null ? DEFAULT_ERROR_STATUS : doc.errors().status();
    }
    int bytes = doc.responseBytes() == null ? 0 : doc.responseBytes();
    RouteSpec.Auth auth = doc.auth() == null ? RouteSpec.Auth.NONE : build(at.field("auth"), () -> RouteSpec.Auth.parse(doc.auth()));
    double r = ratio;
    int s = status;
    // Build field by field so that a broken invariant points at its own field.
    build(at.field("method"), () -> RouteSpec.of(method, "/", latency));
    build(at.field("path"), () -> RouteSpec.of("GET", path, latency));
    build(errorsAt, () -> RouteSpec.of("GET", "/", latency).withErrors(r, s));
    return build(at.field("responseBytes"), () -> new RouteSpec(method, path, latency, r, s, bytes, auth));
  }

  static LatencyDistribution latency(LatencyDocument doc, FieldPath at) {
    List<String> set = new ArrayList<>();
    if (doc.fixed() != null) set.add("fixed");
    if (doc.uniform() != null) set.add("uniform");
    if (doc.normal() != null) set.add("normal");
    if (doc.lognormal() != null) set.add("lognormal");
    if (doc.empirical() != null) set.add("empirical");
    if (set.size() != 1) {
      throw new ProfileProblem(at, set.isEmpty()
          ? "needs one of fixed, uniform, normal, lognormal, empirical"
          : "has " + String.join(" and ", set) + "; give exactly one distribution");
    }
    if (doc.fixed() != null) {
      Duration value = duration(doc.fixed(), at.field("fixed"));
      return build(at.field("fixed"), () -> new LatencyDistribution.Fixed(value));
    }
    if (doc.uniform() != null) {
      FieldPath u = at.field("uniform");
      Duration min = duration(required(doc.uniform().min(), u.field("min")), u.field("min"));
      Duration max = duration(required(doc.uniform().max(), u.field("max")), u.field("max"));
      return build(u, () -> new LatencyDistribution.Uniform(min, max));
    }
    if (doc.normal() != null) {
      FieldPath n = at.field("normal");
      Duration mean = duration(required(doc.normal().mean(), n.field("mean")), n.field("mean"));
      Duration sd = duration(required(doc.normal().stddev(), n.field("stddev")), n.field("stddev"));
      return build(n, () -> new LatencyDistribution.Normal(mean, sd));
    }
    if (doc.lognormal() != null) {
      FieldPath l = at.field("lognormal");
      Duration median = duration(required(doc.lognormal().median(), l.field("median")), l.field("median"));
      Duration p99 = duration(required(doc.lognormal().p99(), l.field("p99")), l.field("p99"));
      return build(l, () -> new LatencyDistribution.LogNormal(median, p99));
    }
    return empirical(doc.empirical(), at.field("empirical"));
  }

  private static LatencyDistribution empirical(EmpiricalDocument doc, FieldPath at) {
    if ((doc.weighted() == null) == (doc.percentiles() == null)) {
      throw new ProfileProblem(at, "give exactly one of weighted, percentiles");
    }
    if (doc.weighted() != null) {
      FieldPath w = at.field("weighted");
      List<LatencyDistribution.WeightedValue> values = new ArrayList<>();
      for (int i = 0; i < doc.weighted().size(); i++) {
        FieldPath item = w.index(i);
        ProfileDocument.WeightedDocument v = required(doc.weighted().get(i), item);
        Duration value = duration(required(v.value(), item.field("value")), item.field("value"));
        double weight = required(v.weight(), item.field("weight"));
        values.add(build(item.field("weight"), () -> new LatencyDistribution.WeightedValue(value, weight)));
      }
      return build(w, () -> new LatencyDistribution.Weighted(values));
    }
    FieldPath p = at.field("percentiles");
    List<LatencyDistribution.PercentilePoint> points = new ArrayList<>();
    for (Map.Entry<String, String> e : doc.percentiles().entrySet()) {
      FieldPath key = p.field(e.getKey());
      double percentile = percentileKey(e.getKey(), key);
      Duration value = duration(required(e.getValue(), key), key);
      points.add(build(key, () -> new LatencyDistribution.PercentilePoint(percentile, value)));
    }
    points.sort((a, b) -> Double.compare(a.percentile(), b.percentile()));
    return build(p, () -> new LatencyDistribution.Percentiles(points));
  }

  private static double percentileKey(String key, FieldPath at) {
    if (key.matches("p\\d+(\\.\\d+)?")) {
      return Double.parseDouble(key.substring(1));
    }
    throw new ProfileProblem(at, "percentile key '" + key + "' must read like p50 or p99.9");
  }

  static Duration duration(String text, FieldPath at) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ProfileProblem(at, e.getMessage());
    }
  }

  static <T> T required(T value, FieldPath at) {
    if (value == null) {
      Object last = at.parts().get(at.parts().size() - 1);
      throw new ProfileProblem(at, last instanceof Integer
          ? "empty list entry"
          : "missing required field '" + last + "'");
    }
    return value;
  }

  static <T> T build(FieldPath at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ProfileProblem(at, e.getMessage());
    }
  }
}
