package dev.slogate.stack;

import dev.slogate.stack.profile.ProfileLoader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the reference stack runs: how many replicas, how the balancer checks them, and the routes
 * each replica serves. Immutable. Usually read from a YAML profile (see the module README); the
 * built-in ones live on the classpath under {@code dev/slogate/stack/profiles/}.
 *
 * @param name a label for reports
 * @param replicas how many replica processes to run, 1..32
 * @param roles role of replica i is {@code roles[i]}; replicas past the end of the list are
 *     {@value #DEFAULT_ROLE}
 * @param healthCheck how the balancer checks replicas
 * @param routes what every replica serves, at least one
 * @param websockets WebSocket endpoints every replica serves; may be empty
 * @param leaderElection how replicas elect a leader, or null when they do not
 * @param workQueue the step queue the replicas work, or null when there is none; needs
 *     {@code leaderElection}
 * @param timeScale how many times faster than the system it stands in for this profile runs that system's
 *     time constants (health checks, heartbeats, sweeps): a stand-in for a guide whose dead-pod threshold is
 *     180 s declares 30 and waits 6 s. 1 for a profile that copies nothing. Latencies are never scaled.
 */
public record StackProfile(
    String name, int replicas, List<String> roles, HealthCheck healthCheck, List<RouteSpec> routes,
    List<WebSocketSpec> websockets, LeaderElection leaderElection, WorkQueue workQueue, double timeScale) {

  /** A profile that runs its time constants as written (time scale 1). */
  public StackProfile(
      String name, int replicas, List<String> roles, HealthCheck healthCheck, List<RouteSpec> routes,
      List<WebSocketSpec> websockets, LeaderElection leaderElection, WorkQueue workQueue) {
    this(name, replicas, roles, healthCheck, routes, websockets, leaderElection, workQueue, 1);
  }

  /** A profile of plain HTTP routes: no WebSocket, no leader, no queue. */
  public StackProfile(
      String name, int replicas, List<String> roles, HealthCheck healthCheck, List<RouteSpec> routes) {
    this(name, replicas, roles, healthCheck, routes, List.of(), null, null);
  }

  public static final String DEFAULT_ROLE = "replica";
  public static final int MAX_REPLICAS = 32;

  public StackProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(healthCheck, "healthCheck");
    roles = List.copyOf(roles == null ? List.of() : roles);
    routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
    websockets = List.copyOf(websockets == null ? List.of() : websockets);
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (!(timeScale >= 1) || Double.isInfinite(timeScale)) {
      throw new IllegalArgumentException("timeScale must be a number of at least 1, got " + timeScale);
    }
    if (replicas < 1 || replicas > MAX_REPLICAS) {
      throw new IllegalArgumentException(
          "replicas must be within 1.." + MAX_REPLICAS + ", got " + replicas);
    }
    if (roles.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("roles must not be blank");
    }
    if (routes.isEmpty()) {
      throw new IllegalArgumentException("at least one route is needed");
    }
    Set<String> keys = new HashSet<>();
    for (RouteSpec route : routes) {
      if (!keys.add(route.key())) {
        throw new IllegalArgumentException("route '" + route.key() + "' is defined twice");
      }
    }
    for (WebSocketSpec socket : websockets) {
      // The upgrade is a GET: a GET route on the same path would shadow it.
      if (!keys.add("GET " + socket.path())) {
        throw new IllegalArgumentException("WebSocket path " + socket.path() + " is also a GET route or socket");
      }
    }
    if (workQueue != null && leaderElection == null) {
      throw new IllegalArgumentException("a workQueue needs leaderElection: the leader requeues orphaned steps");
    }
    if (workQueue != null && routes.stream().noneMatch(r -> r.key().equals(workQueue.submit()))) {
      throw new IllegalArgumentException("workQueue submit '" + workQueue.submit() + "' is not one of the routes");
    }
  }

  /**
   * Loads a profile by classpath name ({@code default}) or by file path. A value containing a
   * path separator or ending in {@code .yaml}/{@code .yml} is a file; anything else is looked up
   * on the classpath first and then as a file.
   *
   * @throws StackConfigException one line naming the file, line, column and field at fault
   */
  public static StackProfile load(String nameOrPath) {
    return ProfileLoader.load(nameOrPath);
  }

  /** Loads a YAML profile file. */
  public static StackProfile fromFile(Path file) {
    return ProfileLoader.fromFile(file);
  }

  /** Parses YAML text; {@code source} names it in error messages. */
  public static StackProfile parse(String yaml, String source) {
    return ProfileLoader.parse(yaml, source);
  }

  /** The built-in profile: three replicas, fast checks, three quick routes. */
  public static StackProfile defaultProfile() {
    return load("default");
  }

  public String roleOf(int replicaIndex) {
    return replicaIndex < roles.size() ? roles.get(replicaIndex) : DEFAULT_ROLE;
  }

  public StackProfile withReplicas(int count) {
    return new StackProfile(name, count, roles, healthCheck, routes, websockets, leaderElection, workQueue, timeScale);
  }

  public StackProfile withHealthCheck(HealthCheck check) {
    return new StackProfile(name, replicas, roles, check, routes, websockets, leaderElection, workQueue, timeScale);
  }

  public StackProfile withRoutes(List<RouteSpec> newRoutes) {
    return new StackProfile(name, replicas, roles, healthCheck, newRoutes, websockets, leaderElection, workQueue, timeScale);
  }

  public StackProfile withWebSockets(List<WebSocketSpec> sockets) {
    return new StackProfile(name, replicas, roles, healthCheck, routes, sockets, leaderElection, workQueue, timeScale);
  }

  /** Leader election, and the step queue it serves (null for none). */
  public StackProfile withLeaderElection(LeaderElection election, WorkQueue queue) {
    return new StackProfile(name, replicas, roles, healthCheck, routes, websockets, election, queue, timeScale);
  }

  public boolean electsLeader() {
    return leaderElection != null;
  }
}
