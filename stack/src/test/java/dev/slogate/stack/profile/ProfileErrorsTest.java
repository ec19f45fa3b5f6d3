package dev.slogate.stack.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.StackProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a profile can be wrong yields one line naming file, line, column and field. */
class ProfileErrorsTest {

  private static final String HEAD = "name: x\nroutes:\n  - method: GET\n    path: /a\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown route field   | latncy:\\n  fixed: 1ms                  | p.yaml:5:5: routes[0].latncy: unknown field 'latncy' (expected one of: auth, errors, latency, method, path, responseBytes)
      duration without unit | latency: { fixed: 5 }                    | p.yaml:5:16: routes[0].latency.fixed: invalid duration '5': a unit is required (ns, us, ms, s, m or h)
      unknown unit          | latency: { uniform: { min: 1ms, max: 2 parsecs } } | p.yaml:5:37: routes[0].latency.uniform.max: invalid duration '2 parsecs': expected a number and a unit (ns, us, ms, s, m or h), e.g. 5ms
      p99 below median      | latency: { lognormal: { median: 8ms, p99: 5ms } } | p.yaml:5:16: routes[0].latency.lognormal: p99 (5ms) must be greater than median (8ms)
      two distributions     | latency: { fixed: 1ms, normal: { mean: 1ms, stddev: 1ms } } | p.yaml:5:5: routes[0].latency: has fixed and normal; give exactly one distribution
      no distribution       | latency: {}                              | p.yaml:5:5: routes[0].latency: needs one of fixed, uniform, normal, lognormal, empirical
      unknown distribution  | latency: { pareto: { alpha: 1 } }       | p.yaml:5:16: routes[0].latency.pareto: unknown field 'pareto' (expected one of: empirical, fixed, lognormal, normal, uniform)
      missing latency       | responseBytes: 10                        | p.yaml:3:5: routes[0].latency: missing required field 'latency'
      error ratio above 1   | latency: { fixed: 1ms }\\n    errors: { ratio: 1.5 } | p.yaml:6:5: routes[0].errors: error ratio must be within [0, 1], got 1.5
      error status not 4xx/5xx | latency: { fixed: 1ms }\\n    errors: { ratio: 0.1, status: 200 } | p.yaml:6:5: routes[0].errors: error status must be within 400..599, got 200
      size not a number     | latency: { fixed: 1ms }\\n    responseBytes: 2kb | p.yaml:6:5: routes[0].responseBytes: expected a whole number
      size fractional       | latency: { fixed: 1ms }\\n    responseBytes: 1.5 | p.yaml:6:5: routes[0].responseBytes: expected a whole number
      percentiles without p100 | latency: { empirical: { percentiles: { p0: 1ms, p50: 2ms } } } | p.yaml:5:29: routes[0].latency.empirical.percentiles: percentiles must include p0 and p100
      percentile key        | latency: { empirical: { percentiles: { p0: 1ms, median: 2ms, p100: 3ms } } } | p.yaml:5:53: routes[0].latency.empirical.percentiles.median: percentile key 'median' must read like p50 or p99.9
      decreasing percentiles | latency: { empirical: { percentiles: { p0: 1ms, p50: 9ms, p100: 3ms } } } | p.yaml:5:29: routes[0].latency.empirical.percentiles: p100 (3ms) is below p50 (9ms)
      zero weight           | latency: { empirical: { weighted: [ { value: 1ms, weight: 0 } ] } } | p.yaml:5:55: routes[0].latency.empirical.weighted[0].weight: weight must be a positive number, got 0.0
      both empirical forms  | latency: { empirical: { weighted: [ { value: 1ms, weight: 1 } ], percentiles: { p0: 1ms, p100: 2ms } } } | p.yaml:5:16: routes[0].latency.empirical: give exactly one of weighted, percentiles
      latency as a list     | latency: [ 1ms ]                         | p.yaml:5:5: routes[0].latency: expected a mapping (key: value lines)
      unknown auth          | latency: { fixed: 1ms }\\n    auth: oauth | p.yaml:6:5: routes[0].auth: auth 'oauth' is not one of none, jwt
      """)
  void routeProblems(String what, String routeRest, String expected) {
    assertProblem(HEAD + "    " + routeRest.replace("\\n", "\n") + "\n", expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed flow mapping | name: x\\nroutes: [ { method: GET |  p.yaml:3:1: malformed YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping)
      tab indentation       | name: x\\n\\troutes: []               | p.yaml:2:1: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)
      duplicate key         | name: x\\nname: y\\nroutes: []         | p.yaml:2:5: malformed YAML: Duplicate field 'name'
      alias                 | name: &n x\\nroutes: [ { method: GET, path: *n, latency: { fixed: 0ms } } ] | p.yaml:2:32: routes[0].path: YAML aliases such as *n are not supported; write the value out
      two documents         | name: x\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\\n---\\nname: y | p.yaml:4:1: more than one YAML document; a profile is a single document
      not a mapping         | - a\\n- b                              | p.yaml:1:1: (top level): expected a mapping (key: value lines)
      empty                 | '# nothing but a comment'              | p.yaml: the profile is empty
      unknown top-level key | name: x\\nroute: []                    | p.yaml:2:1: route: unknown field 'route' (expected one of: healthCheck, leaderElection, name, replicas, roles, routes, timeScale, websockets, workQueue)
      missing name          | routes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:1:1: name: missing required field 'name'
      no routes             | name: x\\nroutes: []                   | p.yaml:2:1: routes: at least one route is needed
      time scale below 1    | name: x\\ntimeScale: 0.5\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:2:1: timeScale: timeScale must be a number of at least 1, got 0.5
      zero replicas         | name: x\\nreplicas: 0\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:2:1: replicas: replicas must be within 1..32, got 0
      too many roles        | name: x\\nreplicas: 1\\nroles: [a, b]\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:3:1: roles: 2 roles given for 1 replicas
      timeout above interval | name: x\\nhealthCheck: { interval: 100ms, timeout: 1s }\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:2:1: healthCheck: timeout must be above 0 and at most the interval (100ms)
      unknown check field   | name: x\\nhealthCheck: { inter: 100ms }\\nroutes: [] | p.yaml:2:16: healthCheck.inter: unknown field 'inter' (expected one of: fall, interval, path, rise, timeout)
      bad method            | name: x\\nroutes: [ { method: FETCH, path: /, latency: { fixed: 0ms } } ] | p.yaml:2:13: routes[0].method: method 'FETCH' is not one of DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT
      reserved path         | name: x\\nroutes: [ { method: GET, path: /health, latency: { fixed: 0ms } } ] | p.yaml:2:26: routes[0].path: path '/health' is reserved by the replica
      relative path         | name: x\\nroutes: [ { method: GET, path: api, latency: { fixed: 0ms } } ] | p.yaml:2:26: routes[0].path: path 'api' must start with '/' and contain no spaces, query or fragment
      duplicate route       | name: x\\nroutes:\\n - { method: GET, path: /a, latency: { fixed: 0ms } }\\n - { method: get, path: /a, latency: { fixed: 1ms } } | p.yaml:4:4: routes[1]: route 'GET /a' is already defined at routes[0]
      check path not a health endpoint | name: x\\nhealthCheck: { path: /ping }\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ] | p.yaml:2:16: healthCheck.path: path '/ping' is not a health endpoint of the replica (/health or /health/ready)
      socket on a reserved path | name: x\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\\nwebsockets: [ { path: /metrics } ] | p.yaml:3:17: websockets[0].path: path '/metrics' is reserved by the replica
      socket pushing too often | name: x\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\\nwebsockets: [ { path: /ws, push: 1ms } ] | p.yaml:3:28: websockets[0].push: push must be 0 (none) or at least 10ms, got 1ms
      socket on a GET route | name: x\\nroutes: [ { method: GET, path: /ws, latency: { fixed: 0ms } } ]\\nwebsockets: [ { path: /ws } ] | p.yaml:3:1: websockets: WebSocket path /ws is also a GET route or socket
      queue without leader  | name: x\\nroutes: [ { method: POST, path: /s, latency: { fixed: 0ms } } ]\\nworkQueue: { submit: POST /s, claimEvery: 1s, recoverEvery: 1s, stepDuration: { fixed: 1s } } | p.yaml:3:1: workQueue: a workQueue needs leaderElection: the leader requeues orphaned steps
      queue submit unknown  | name: x\\nroutes: [ { method: POST, path: /s, latency: { fixed: 0ms } } ]\\nleaderElection: { heartbeat: 1s, deadAfter: 3s }\\nworkQueue: { submit: POST /t, claimEvery: 1s, recoverEvery: 1s, stepDuration: { fixed: 1s } } | p.yaml:4:1: workQueue: workQueue submit 'POST /t' is not one of the routes
      queue capacity zero   | name: x\\nroutes: [ { method: POST, path: /s, latency: { fixed: 0ms } } ]\\nleaderElection: { heartbeat: 1s, deadAfter: 3s }\\nworkQueue: { submit: POST /s, claimEvery: 1s, recoverEvery: 1s, stepDuration: { fixed: 1s }, capacityThreshold: 0 } | p.yaml:4:94: workQueue.capacityThreshold: capacityThreshold must be within (0, 1], got 0.0
      queue without step duration | name: x\\nroutes: [ { method: POST, path: /s, latency: { fixed: 0ms } } ]\\nleaderElection: { heartbeat: 1s, deadAfter: 3s }\\nworkQueue: { submit: POST /s, claimEvery: 1s, recoverEvery: 1s } | p.yaml:4:1: workQueue.stepDuration: missing required field 'stepDuration'
      dead before a heartbeat is missed | name: x\\nroutes: [ { method: GET, path: /, latency: { fixed: 0ms } } ]\\nleaderElection: { heartbeat: 1s, deadAfter: 1s } | p.yaml:3:34: leaderElection.deadAfter: deadAfter (1s) must be longer than the heartbeat (1s)
      """)
  void documentProblems(String what, String yaml, String expected) {
    assertProblem(yaml.replace("\\n", "\n").replace("\\t", "\t") + "\n", expected);
  }

  private static void assertProblem(String yaml, String expected) {
    StackConfigException e = assertThrows(StackConfigException.class, () -> StackProfile.parse(yaml, "p.yaml"));
    assertEquals(expected, e.getMessage());
    assertEquals(StackConfigException.Reason.INVALID_PROFILE, e.reason());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }
}
