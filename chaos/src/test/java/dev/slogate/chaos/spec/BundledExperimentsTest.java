package dev.slogate.chaos.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every experiment shipped on the class path parses, and the seed experiments say what they promise. */
class BundledExperimentsTest {

  private static final String FOLDER = "dev/slogate/chaos/experiments/";

  private final ExperimentSpecParser parser = new ExperimentSpecParser();

  private static List<String> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", FOLDER))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyBundledExperimentParsesAndIsNamedAfterItsFile() throws IOException {
    List<String> names = bundled();
    assertEquals(List.of("fleet-q-kill-leader.yaml", "fleet-q-requeue-orphans.yaml", "kecs-kill-one-replica.yaml", "kgas-rolling-restart.yaml",
        "kill-one-replica.yaml", "network-delay-checkout.yaml", "reconciliation-rolling-restart.yaml",
        "sei-rolling-restart.yaml"), names);
    for (String file : names) {
      ExperimentSpec spec = parser.parseResource(FOLDER + file);
      assertEquals(file.replace(".yaml", ""), spec.name(), file);
    }
  }

  @Test
  void seedExperimentsTakeTheStandInsHealthPathsAndTheCommonTiming() {
    List<String> seeds = List.of("kecs-kill-one-replica", "sei-rolling-restart", "kgas-rolling-restart",
        "reconciliation-rolling-restart");
    for (String name : seeds) {
      ExperimentSpec spec = parser.parseResource(FOLDER + name + ".yaml");
      // Rolling restarts probe a route where the stand-in has a GET one: a drain fails /health on purpose.
      String path = switch (name) {
        case "kgas-rolling-restart" -> "/health/ready";
        case "sei-rolling-restart" -> "/api/v1/projects";
        case "reconciliation-rolling-restart" -> "/api/reconciliations";
        default -> "/health";
      };
      assertEquals(new ProbeSpec(path, Duration.ofMillis(200), Duration.ofSeconds(1), 200), spec.probe(), name);
      assertEquals(Duration.ofSeconds(10), spec.schedule().offset(), name);
      assertEquals(3, spec.recovery().consecutiveSuccesses(), name);
    }
  }

  @Test
  void theKillsAndTheRolls() {
    ExperimentSpec kecs = parser.parseResource(FOLDER + "kecs-kill-one-replica.yaml");
    assertEquals(new FaultSpec.PodKill(Duration.ZERO), kecs.fault());
    assertEquals(LocalTarget.index(0), kecs.target());

    ExperimentSpec leader = parser.parseResource(FOLDER + "fleet-q-kill-leader.yaml");
    assertEquals(LocalTarget.role("leader"), leader.target());
    // The documented 210 s over the stand-in's 30: 7 s, with room for a late failover to be measured as late.
    assertEquals(Duration.ofSeconds(12), leader.recovery().within());
    assertEquals(new ProbeSpec("/admin/leader", Duration.ofMillis(200), Duration.ofSeconds(1), 200,
        Optional.of("/leaderPod")), leader.probe(), "recovered only when another pod leads");

    ExperimentSpec requeue = parser.parseResource(FOLDER + "fleet-q-requeue-orphans.yaml");
    assertEquals(LocalTarget.role("leader"), requeue.target());
    assertEquals(new ProbeSpec("/admin/queue", Duration.ofMillis(200), Duration.ofSeconds(1), 200,
        Optional.of("/requeued")), requeue.probe(), "recovered only when the dead pod's steps are requeued");
    // The documented 510 s over 30 is 17 s; the fault is held long enough for the requeue to be seen in it.
    assertTrue(requeue.duration().compareTo(Duration.ofSeconds(17)) > 0, requeue.duration().toString());
    assertEquals(Duration.ofSeconds(25), requeue.recovery().within());

    for (String name : List.of("sei", "kgas", "reconciliation")) {
      ExperimentSpec roll = parser.parseResource(FOLDER + name + "-rolling-restart.yaml");
      assertEquals(new FaultSpec.RollingRestart(Duration.ofSeconds(2), Duration.ofSeconds(3)), roll.fault(), name);
      assertEquals(FaultKind.ROLLING_RESTART, roll.kind());
      assertEquals(LocalTarget.all(), roll.target(), name);
      assertTrue(((LocalTarget) roll.target()).isAll());
      assertEquals(Selection.all(), roll.selection(), name);
    }
  }

  @Test
  void rollingRestartDefaultsAndItsTargets() {
    String rest = "\nmode: all\nduration: 30s\nprobe: {path: /health}\n";
    ExperimentSpec defaults = parser.parse("name: roll\nfault: {type: rolling-restart}\ntarget: {local: {role: replica}}"
        + rest, "inline.yaml");
    assertEquals(new FaultSpec.RollingRestart(FaultSpec.RollingRestart.DEFAULT_DRAIN,
        FaultSpec.RollingRestart.DEFAULT_GRACE_PERIOD), defaults.fault());
    assertEquals(Duration.ofSeconds(2), FaultSpec.RollingRestart.DEFAULT_DRAIN);
    assertEquals(LocalTarget.role("replica"), defaults.target());
    // Chaos Mesh refuses it at injection, with one line; the file itself is fine.
    ExperimentSpec onKubernetes = parser.parse("name: roll\nfault: {type: rolling-restart, drain: 0s}\n"
        + "target: {kubernetes: {namespace: shop, labels: {app: web}}}" + rest, "inline.yaml");
    assertEquals(new FaultSpec.RollingRestart(Duration.ZERO, Duration.ofSeconds(5)), onKubernetes.fault());
    SpecException pidfile = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class, () -> parser.parse(
        "name: roll\nfault: {type: rolling-restart}\ntarget: {local: {pidfile: /run/x.pid}}" + rest, "x.yaml"));
    assertTrue(pidfile.getMessage().startsWith("x.yaml:3:10: target.local: rolling-restart replaces replicas"),
        pidfile.getMessage());
  }

  @Test
  void onAClusterTheLeaderIsThePodTheLeaderProbeNames() {
    ExperimentSpec leader = parser.parseResource(FOLDER + "kubernetes/fleet-q-kill-leader.yaml");
    assertEquals(new KubernetesTarget("fleet-q", java.util.Map.of("app", "fleet-q"), List.of(), true, Optional.empty()),
        leader.target());
    ExperimentSpec requeue = parser.parseResource(FOLDER + "kubernetes/fleet-q-requeue-orphans.yaml");
    assertEquals(new KubernetesTarget("fleet-q", java.util.Map.of("app", "fleet-q"), List.of()), requeue.target(),
        "any pod's steps are orphaned when it dies");
    // The documented timings, unscaled: a real cluster runs them as written.
    assertTrue(leader.recovery().within().compareTo(Duration.ofSeconds(210)) > 0);
    assertTrue(requeue.recovery().within().compareTo(Duration.ofSeconds(510)) > 0);
  }

  @Test
  void everyKubernetesVersionIsTheLocalOnesPromiseAimedAtTheGuidesNamespaceAndLabels() throws IOException {
    List<String> onCluster;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", FOLDER, "kubernetes"))) {
      onCluster = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("fleet-q-kill-leader.yaml", "fleet-q-requeue-orphans.yaml", "kecs-kill-one-replica.yaml",
        "kgas-rolling-restart.yaml", "reconciliation-rolling-restart.yaml", "sei-rolling-restart.yaml"), onCluster);
    for (String file : onCluster) {
      ExperimentSpec cluster = parser.parseResource(FOLDER + "kubernetes/" + file);
      ExperimentSpec local = parser.parseResource(FOLDER + file);
      assertEquals(local.name(), cluster.name(), file);
      assertEquals(local.kind(), cluster.kind(), file);
      assertEquals(local.probe().path(), cluster.probe().path(), file + ": the same question, asked of the deployment");
      assertEquals(local.probe().expectChanged(), cluster.probe().expectChanged(), file);
      assertTrue(cluster.target() instanceof KubernetesTarget, file);
    }
  }
}
