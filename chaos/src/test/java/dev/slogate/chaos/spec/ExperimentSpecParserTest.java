package dev.slogate.chaos.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExperimentSpecParserTest {

  private static final Path GOOD = Path.of("src/test/resources/dev/slogate/chaos/spec/good");
  private static final Path BAD = Path.of("src/test/resources/dev/slogate/chaos/spec/bad");

  private final ExperimentSpecParser parser = new ExperimentSpecParser();

  @Test
  void theBundledKillOneReplicaExample() {
    ExperimentSpec spec = parser.parseResource("dev/slogate/chaos/experiments/kill-one-replica.yaml");

    assertEquals("kill-one-replica", spec.name());
    assertEquals(new FaultSpec.PodKill(Duration.ZERO), spec.fault());
    assertEquals(LocalTarget.index(0), spec.target());
    assertEquals(0, ((LocalTarget) spec.target()).index().getAsInt());
    assertEquals(Selection.one(), spec.selection());
    assertEquals(Duration.ofSeconds(30), spec.duration());
    assertEquals(new InjectionSchedule(Duration.ofSeconds(10), 1, Duration.ZERO), spec.schedule());
    assertEquals(new ProbeSpec("/health", Duration.ofMillis(200), Duration.ofSeconds(1), 200), spec.probe());
    assertEquals(new RecoveryRule(3, Duration.ofMinutes(1)), spec.recovery());
    assertEquals(List.of(new AbortCondition(AbortCondition.Metric.ERROR_RATIO, 0.5, Duration.ofSeconds(10))),
        spec.abort());
  }

  @Test
  void theBundledNetworkDelayExample() {
    ExperimentSpec spec = parser.parseResource("dev/slogate/chaos/experiments/network-delay-checkout.yaml");

    assertEquals(new FaultSpec.NetworkDelay(Duration.ofMillis(200), Duration.ofMillis(20), 0), spec.fault());
    assertEquals(new KubernetesTarget("shop", Map.of("app", "checkout"), List.of()), spec.target());
    assertEquals(Selection.fixedPercent(50), spec.selection());
    assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(210), Duration.ofSeconds(390)),
        spec.schedule().startOffsets(spec.duration()), "each starts 2m (duration) + 1m (spacing) after the last");
    assertEquals(ProbeSpec.of("/health"), spec.probe(), "defaults: every 500ms, 1s timeout, expect 200");
    assertEquals(new RecoveryRule(5, RecoveryRule.DEFAULT_WITHIN), spec.recovery());
    assertEquals(List.of(new AbortCondition(AbortCondition.Metric.ERROR_RATIO, 0.2, Duration.ofSeconds(15)),
        new AbortCondition(AbortCondition.Metric.P99_MILLIS, 3000, Duration.ofSeconds(10))), spec.abort());
  }

  @Test
  void everyKeyOfAFile() {
    ExperimentSpec spec = parser.parse(GOOD.resolve("every-field.yaml"));

    assertEquals(Optional.of("Cut checkout off from the database."), spec.description());
    assertEquals(new FaultSpec.NetworkPartition(FaultSpec.Direction.BOTH, Map.of("app", "db"),
        List.of("10.0.0.7", "cache.internal")), spec.fault());
    assertEquals(new KubernetesTarget("shop", Map.of("app", "checkout", "tier", "web"), List.of("app", "sidecar")),
        spec.target());
    assertEquals(Selection.fixed(2), spec.selection());
    assertEquals(Duration.ofSeconds(90), spec.duration());
    assertEquals(new InjectionSchedule(Duration.ofSeconds(15), 2, Duration.ofSeconds(45)), spec.schedule());
    assertEquals(new ProbeSpec("/api/health", Duration.ofMillis(250), Duration.ofMillis(750), 204), spec.probe());
    assertEquals(new RecoveryRule(4, Duration.ofSeconds(90)), spec.recovery());
    assertEquals(List.of(new AbortCondition(AbortCondition.Metric.ERROR_RATIO, 0.25, Duration.ofSeconds(5)),
        new AbortCondition(AbortCondition.Metric.P99_MILLIS, 1500, Duration.ofSeconds(20))), spec.abort());
  }

  @Test
  void localTargetsAndHttpFaults() {
    ExperimentSpec slow = parser.parse(GOOD.resolve("http-delay-local.yaml"));
    assertEquals(new FaultSpec.HttpDelay(new HttpMatch(OptionalInt.empty(), "/api/orders", Optional.of("POST"),
        HttpMatch.Phase.RESPONSE, OptionalInt.of(200)), Duration.ofMillis(750)), slow.fault());
    assertEquals(Optional.of("leader"), ((LocalTarget) slow.target()).role());
    assertEquals(Selection.all(), slow.selection());

    ExperimentSpec squeeze = parser.parse(GOOD.resolve("memory-pidfile.yaml"));
    assertEquals(new FaultSpec.MemoryStress(1, "50%"), squeeze.fault());
    assertEquals(Optional.of(Path.of("/run/slogate/replica-2.pid")), ((LocalTarget) squeeze.target()).pidfile());

    ExperimentSpec abort = parser.parse(GOOD.resolve("haproxy-abort.yaml"));
    assertEquals(new FaultSpec.HttpAbort(new HttpMatch(OptionalInt.empty(), "*", Optional.empty(),
        HttpMatch.Phase.REQUEST, OptionalInt.empty())), abort.fault());
    assertEquals(Optional.of("web/replica-1"), ((LocalTarget) abort.target()).haproxyBackend());
    assertEquals(LocalTarget.By.HAPROXY_BACKEND, ((LocalTarget) abort.target()).by());
  }

  @Test
  void everyFaultTypeReadsWithItsParameters() {
    Map<String, FaultSpec> faults = Map.of(
        "{type: pod-kill, gracePeriod: 5s}", new FaultSpec.PodKill(Duration.ofSeconds(5)),
        "{type: pod-failure}", new FaultSpec.PodFailure(),
        "{type: network-loss, loss: 12.5, correlation: 25}", new FaultSpec.NetworkLoss(12.5, 25),
        "{type: cpu-stress, workers: 2}", new FaultSpec.CpuStress(2, 100),
        "{type: memory-stress, workers: 3, size: 256MB}", new FaultSpec.MemoryStress(3, "256MB"),
        "{type: http-abort, port: 8080, path: /api/*, method: DELETE}", new FaultSpec.HttpAbort(new HttpMatch(
            OptionalInt.of(8080), "/api/*", Optional.of("DELETE"), HttpMatch.Phase.REQUEST, OptionalInt.empty())),
        "{type: network-partition}", new FaultSpec.NetworkPartition(FaultSpec.Direction.TO, Map.of(), List.of()));
    faults.forEach((yaml, expected) -> assertEquals(expected, parser.parse("name: each\nfault: " + yaml
        + "\ntarget: {kubernetes: {namespace: shop, labels: {app: web}}}\nmode: one\nduration: 1m\n"
        + "probe: {path: /}\n", "inline.yaml").fault(), yaml));
    ExperimentSpec kill = parser.parse("name: each\nfault: {type: container-kill}\ntarget: {kubernetes: "
        + "{namespace: shop, labels: {app: web}, containers: [app]}}\nmode: one\nduration: 1m\nprobe: {path: /}\n",
        "inline.yaml");
    assertEquals(FaultKind.CONTAINER_KILL, kill.kind());
  }

  /** At least ten malformed files, each a one-line error naming file:line:column and the field. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown-top-key.yaml                   | 13:1: duraton: unknown key 'duraton' (expected one of: abort, description, duration, fault, mode, name, probe, recovery, schedule, target, value)
      key-of-other-fault.yaml                | 4:3: fault.latency: unknown key 'latency' (expected one of: gracePeriod)
      bad-duration.yaml                      | 8:1: duration: '30 seconds' is not a duration; write it like 500ms, 10s, 1m30s or 2h
      duration-without-unit.yaml             | 4:3: fault.latency: '200' has no unit; write it like 500ms, 10s or 1m
      unknown-fault-type.yaml                | 3:3: fault.type: unknown fault type 'pod-explode' (expected one of: pod-kill, pod-failure, container-kill, network-delay, network-loss, network-partition, cpu-stress, memory-stress, http-abort, http-delay, rolling-restart)
      missing-fault-type.yaml                | 2:1: fault: needs a type, one of: pod-kill, pod-failure, container-kill, network-delay, network-loss, network-partition, cpu-stress, memory-stress, http-abort, http-delay, rolling-restart
      unknown-mode.yaml                      | 9:1: mode: 'some' is not one of: one, all, fixed, fixed-percent
      fixed-without-value.yaml               | 9:1: mode: fixed needs value: N (how many targets)
      loss-above-100.yaml                    | 4:3: fault.loss: must be a percentage above 0 and at most 100
      local-two-selectors.yaml               | 5:3: target.local: a local target names exactly one of index, role, pid, pidfile, haproxyBackend or all, not [index, pid]
      container-kill-without-containers.yaml | 5:3: target.kubernetes.containers: container-kill needs the names of the containers to kill
      missing-probe.yaml                     | 1:1: probe: is required
      expect-changed-not-a-pointer.yaml      | 11:3: probe.expectChanged: must be a JSON pointer into the answer, such as /leaderPod
      pod-from-probe-without-value.yaml      | 9:5: target.kubernetes.podFromProbe: needs probe.expectChanged: the value the probe reads names the pod to break
      broken-yaml.yaml                       | 4:2: not valid YAML (while parsing a block mapping): expected <block end>, but found '<block mapping start>'; check the indentation
      repetitions-not-a-number.yaml          | 15:3: schedule.repetitions: expected a whole number, not 'many'
      duplicate-key.yaml                     | 13:1: duplicate key 'probe' (each key may appear once in a mapping)
      bad-label-value.yaml                   | 8:7: target.kubernetes.labels.app: 'check out!' is not a valid Kubernetes label value
      abort-two-metrics.yaml                 | 14:5: abort[0]: an abort condition names exactly one of errorRatioAbove or p99Above
      http-fault-without-port.yaml           | 2:1: fault.port: an HTTP fault on Kubernetes needs the container port whose traffic it intercepts
      unknown-target-kind.yaml               | 5:3: target.k8s: unknown target 'k8s' (expected kubernetes or local)
      bad-namespace.yaml                     | 6:5: target.kubernetes.namespace: 'Shop_1' is not a valid namespace name (lower-case letters, digits and '-', at most 63)
      not-a-mapping.yaml                     | 1:1: an experiment file is a YAML mapping of name:, fault:, target:, mode:, duration:, probe: ...
      code-on-request-phase.yaml             | 6:3: fault.code: selects responses, so it needs phase: response
      zero-workers.yaml                      | 4:3: fault.workers: must be at least 1
      fault-as-list.yaml                     | 5:1: fault: expected a mapping with type: and its parameters
      rolling-restart-of-a-pid.yaml          | 5:3: target.local: rolling-restart replaces replicas, so it needs index, role or all: true, not pid (nothing could start a replacement for a bare process)
      rolling-restart-negative-drain.yaml    | 4:3: fault.drain: '-2s' is not a duration; write it like 500ms, 10s, 1m30s or 2h
      rolling-restart-unknown-key.yaml       | 4:3: fault.maxUnavailable: unknown key 'maxUnavailable' (expected one of: drain, gracePeriod)
      all-false.yaml                         | 6:5: target.local.all: is written all: true (every replica); to name fewer, use index or role
      alias.yaml                             | 12:11: recovery.within: YAML aliases such as *long are not supported; write the value out
      probe-path-with-crlf.yaml              | 10:3: probe.path: must not hold control characters, got '/health\\r\\nX-Injected: 1'
      """)
  void malformedFilesGiveOneLineNamingFileLineColumnAndField(String file, String expected) {
    Path path = BAD.resolve(file);
    SpecException e = assertThrows(SpecException.class, () -> parser.parse(path));

    assertEquals(path + ":" + expected, e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
    assertEquals(0, e.getStackTrace().length, "nothing for a user to scroll through");
    assertNull(e.getCause());
    String[] at = expected.split(":", 3);
    assertEquals(Integer.parseInt(at[0]), e.line());
    assertEquals(Integer.parseInt(at[1].trim()), e.column());
  }

  @Test
  void unreadableAndEmptyFiles() {
    SpecException missing = assertThrows(SpecException.class, () -> parser.parse(BAD.resolve("no-such.yaml")));
    assertEquals(BAD.resolve("no-such.yaml") + ":1:1: cannot read the file (NoSuchFileException: "
        + BAD.resolve("no-such.yaml") + ")", missing.getMessage());
    SpecException empty = assertThrows(SpecException.class, () -> parser.parse("  \n", "empty.yaml"));
    assertEquals("empty.yaml:1:1: the file is empty; an experiment needs at least name, fault, target, mode, "
        + "duration and probe", empty.getMessage());
  }

  @Test
  void specsBuiltInCodeBreakTheSameRules() {
    SpecViolation e = assertThrows(SpecViolation.class, () -> ExperimentSpec.builder("Bad Name")
        .fault(new FaultSpec.PodFailure()).target(LocalTarget.index(0)).duration(Duration.ofSeconds(5))
        .probe(ProbeSpec.of("/")).build());
    assertEquals("name: 'Bad Name' is not a valid experiment name (lower-case letters, digits and '-', at most 40)",
        e.getMessage());
    assertEquals("name", e.field());
    SpecViolation late = assertThrows(SpecViolation.class, () -> ExperimentSpec.builder("late")
        .fault(new FaultSpec.ContainerKill()).target(LocalTarget.pid(42)).duration(Duration.ofSeconds(5))
        .probe(ProbeSpec.of("/")).build());
    assertEquals("target: container-kill needs a kubernetes target (locally, use pod-kill to kill a process)",
        late.getMessage());
  }
}
