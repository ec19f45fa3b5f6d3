package dev.slogate.simulations.internal.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.mesh.ChaosMeshBackend;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.InjectionSchedule;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.SpecException;
import dev.slogate.simulations.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading chaos settings, planning the fault phase and choosing a backend, before any load is sent. */
class ChaosSettingsTest {

  @TempDir
  Path dir;

  private static ExperimentSpec experiment(String name, LocalTarget target, Duration offset, int repetitions,
      Duration duration, Duration spacing) {
    return ExperimentSpec.builder(name).fault(new FaultSpec.PodKill(Duration.ZERO)).target(target)
        .duration(duration).schedule(new InjectionSchedule(offset, repetitions, spacing))
        .probe(ProbeSpec.of("/health")).build();
  }

  private static ChaosSettings local(ExperimentSpec... experiments) {
    return new ChaosSettings(List.of(experiments), ChaosSettings.Backend.LOCAL, List.of(), Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  @Test
  void byDefaultOneReplicaOfTheEmbeddedStackIsKilledTenSecondsIntoSteady() {
    ChaosSettings settings = ChaosSettings.read(Settings.of(Map.of()));

    assertEquals(List.of("kill-one-replica"), settings.experiments().stream().map(ExperimentSpec::name).toList());
    assertEquals(ChaosSettings.Backend.LOCAL, settings.backend());
    assertEquals(Duration.ofSeconds(5), settings.restartDelay());
    FaultPlan plan = FaultPlan.of(settings.experiments());
    assertEquals(Duration.ofSeconds(10), plan.steady());
    assertEquals(Duration.ofSeconds(30), plan.fault());
  }

  @Test
  void theFaultPhaseCoversEveryRepetitionOfEveryExperimentInTurn() {
    ExperimentSpec first = experiment("first", LocalTarget.index(0), Duration.ofSeconds(2), 2, Duration.ofSeconds(3),
        Duration.ofSeconds(1));
    ExperimentSpec second = experiment("second", LocalTarget.index(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(2),
        Duration.ZERO);

    FaultPlan plan = FaultPlan.of(List.of(first, second));

    // first: injections at 2 s and 6 s (3 s each, 1 s apart), ends at 9 s; second: from 9 s, injects at 10 s.
    assertEquals(Duration.ofSeconds(2), plan.steady());
    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(9)), plan.scheduleStarts());
    assertEquals(Duration.ofSeconds(12 - 2), plan.fault());
  }

  @Test
  void theFaultStageLastsWholeSecondsWithTheFirstInjectionOpeningTheFaultPhase() {
    // Injects 1.5 s into the steady phase for 2.2 s (one injection).
    ExperimentSpec odd = experiment("odd", LocalTarget.index(0), Duration.ofMillis(1_500), 1, Duration.ofMillis(2_200),
        Duration.ZERO);

    FaultPlan plan = FaultPlan.of(List.of(odd));

    assertEquals(Duration.ofSeconds(2), plan.steady(), "1.5 s lengthened to a whole second");
    assertEquals(List.of(Duration.ofMillis(500)), plan.scheduleStarts(), "so the experiment starts 0.5 s later");
    // The injection runs from 2 s to 4.2 s after the steady phase starts: the fault phase covers it to 5 s.
    assertEquals(Duration.ofSeconds(3), plan.fault());
  }

  @Test
  void experimentsAreNamedByBundledNameOrFileAndBadOnesSayWhatIsWrong() throws Exception {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ChaosSettings.read(Settings.of(Map.of("slogate.experiment", "kill-everything"))));
    assertEquals("slogate.experiment=kill-everything is neither a file nor an experiment bundled with slogate"
        + " (such as kill-one-replica)", unknown.getMessage());

    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ChaosSettings.read(Settings.of(Map.of("slogate.experiment", dir.resolve("nope.yaml").toString()))));
    assertEquals("slogate.experiment: experiment file " + dir.resolve("nope.yaml") + " does not exist",
        missing.getMessage());

    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "name: typo\nfault:\n  type: pod-kill\n  latency: 5s\n");
    SpecException invalid = assertThrows(SpecException.class,
        () -> ChaosSettings.read(Settings.of(Map.of("slogate.experiment", typo.toString()))));
    assertEquals(typo + ":4:3: fault.latency: unknown key 'latency' (expected one of: gracePeriod)", invalid.getMessage());

    IllegalArgumentException backend = assertThrows(IllegalArgumentException.class,
        () -> ChaosSettings.read(Settings.of(Map.of("slogate.chaos.backend", "litmus"))));
    assertEquals("slogate.chaos.backend=litmus is not a backend (expected local or chaos-mesh)", backend.getMessage());
  }

  @Test
  void againstAnExternalTargetTheLocalBackendNeedsPidTargets() throws Exception {
    ChaosSettings byIndex = local(experiment("k", LocalTarget.index(0), Duration.ZERO, 1, Duration.ofSeconds(1),
        Duration.ZERO));
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> ChaosBackends.create(byIndex, false, Optional::empty, dir.resolve("state.json")));
    assertEquals("experiment k names its target by index, which only the embedded stack resolves; against"
        + " slogate.target use a pid or pidfile target, or -Dslogate.chaos.backend=chaos-mesh", refused.getMessage());

    ChaosSettings byPid = local(experiment("k", LocalTarget.pid(4242), Duration.ZERO, 1, Duration.ofSeconds(1),
        Duration.ZERO));
    try (FaultBackend backend = ChaosBackends.create(byPid, false, Optional::empty, dir.resolve("state.json"))) {
      assertInstanceOf(LocalProcessBackend.class, backend);
    }
  }

  @Test
  void chaosMeshNeedsAClusterTargetNamespacesAndAKubeconfig() throws Exception {
    ChaosSettings mesh = ChaosSettings.read(Settings.of(Map.of("slogate.experiment", "network-delay-checkout",
        "slogate.chaos.backend", "chaos-mesh", "slogate.chaos.namespaces", "shop, payments")));
    assertEquals(List.of("shop", "payments"), mesh.namespaces());

    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChaosBackends.chaosMesh(mesh, true, Map.of()))
        .getMessage().contains("name the deployed target with -Dslogate.target"));
    ChaosSettings noNamespaces = new ChaosSettings(mesh.experiments(), mesh.backend(), List.of(), mesh.restartDelay(),
        mesh.recovery());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChaosBackends.chaosMesh(noNamespaces, false, Map.of()))
        .getMessage().contains("needs -Dslogate.chaos.namespaces"));
    ChaosException noCluster = assertThrows(ChaosException.class, () -> ChaosBackends.chaosMesh(mesh, false,
        Map.of("KUBECONFIG", dir.resolve("missing-kubeconfig").toString())));
    assertTrue(noCluster.getMessage().startsWith("slogate.chaos.backend=chaos-mesh needs a Kubernetes cluster"),
        noCluster.getMessage());

    // With a kubeconfig the backend is built without calling the cluster (here an unused loopback port).
    Path kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        clusters: [{name: local, cluster: {server: "https://127.0.0.1:1"}}]
        users: [{name: me, user: {token: not-a-secret}}]
        contexts: [{name: local, context: {cluster: local, user: me}}]
        current-context: local
        """);
    System.setProperty("kubeconfig", kubeconfig.toString());
    try (FaultBackend backend = ChaosBackends.chaosMesh(mesh, false, Map.of())) {
      assertInstanceOf(ChaosMeshBackend.class, backend);
    } finally {
      System.clearProperty("kubeconfig");
    }
  }

  @Test
  void onAClusterTheSeedExperimentsAreReadInTheirKubernetesVersions() {
    ChaosSettings mesh = ChaosSettings.read(Settings.of(Map.of("slogate.chaos.backend", "chaos-mesh",
        "slogate.chaos.namespaces", "kecs-system,reconciliation")),
        "kecs-kill-one-replica,reconciliation-rolling-restart,sei-rolling-restart,kgas-rolling-restart");
    assertEquals(List.of(
            new KubernetesTarget("kecs-system", Map.of("app", "kecs-control-plane"), List.of()),
            new KubernetesTarget("reconciliation", Map.of("app", "backend"), List.of()),
            new KubernetesTarget("default", Map.of("app", "api-service"), List.of()),
            new KubernetesTarget("default", Map.of("app", "kgas-api-server"), List.of())),
        mesh.experiments().stream().map(ExperimentSpec::target).toList());
    assertEquals(Duration.ofMinutes(3), mesh.experiments().get(1).duration(), "room for a real rollout");
    // The same names locally: the stand-in's processes.
    ChaosSettings local = ChaosSettings.read(Settings.of(Map.of()), "kecs-kill-one-replica,reconciliation-rolling-restart");
    assertTrue(local.experiments().stream().allMatch(e -> e.target() instanceof LocalTarget));
  }
}
