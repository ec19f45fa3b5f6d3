package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.spec.FaultKind;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart on a cluster is the Deployment controller's own rollout, started as {@code kubectl rollout
 * restart} does: against the CRUD mock API server, with a fake controller that replaces the pods one at a time
 * once it sees the new template.
 */
class DeploymentRestartTest {

  private static final Map<String, String> APP = Map.of("app", "api-service");
  private static MockCluster cluster;
  private static int namespaces;

  private final ScheduledExecutorService controller = Executors.newSingleThreadScheduledExecutor();
  private String namespace;

  @BeforeAll
  static void startCluster() {
    cluster = new MockCluster();
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @AfterEach
  void stopController() {
    controller.shutdownNow();
  }

  private KubernetesClient client() {
    return cluster.client();
  }

  /** A namespace with the api-service Deployment (3 replicas, rolled out) and an unrelated one. */
  private void setUp() {
    namespace = "sei-" + ++namespaces;
    cluster.namespace(namespace, Map.of());
    deployment("api-service", APP, 3);
    deployment("pgbouncer", Map.of("app", "pgbouncer"), 1);
  }

  private void deployment(String name, Map<String, String> labels, int replicas) {
    Deployment created = client().apps().deployments().inNamespace(namespace).resource(new DeploymentBuilder()
        .withNewMetadata().withName(name).withGeneration(1L).endMetadata()
        .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(labels).endSelector()
        .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata()
        .withNewSpec().addNewContainer().withName("app").withImage("app:1").endContainer().endSpec().endTemplate()
        .endSpec().build()).create();
    setStatus(name, 1, replicas, replicas, replicas);
    assertEquals(name, created.getMetadata().getName());
  }

  private void setStatus(String name, long observedGeneration, int updated, int available, int total) {
    Deployment current = client().apps().deployments().inNamespace(namespace).withName(name).get();
    current.setStatus(new DeploymentStatusBuilder().withObservedGeneration(observedGeneration)
        .withUpdatedReplicas(updated).withAvailableReplicas(available).withReplicas(total).build());
    client().apps().deployments().inNamespace(namespace).resource(current).updateStatus();
  }

  /** Once the template is stamped, the "controller" sees it after 100 ms and replaces a pod every 100 ms. */
  private void controllerRollsOut(String name, int replicas) {
    controller.scheduleWithFixedDelay(() -> {
      Deployment d = client().apps().deployments().inNamespace(namespace).withName(name).get();
      String restartedAt = d.getSpec().getTemplate().getMetadata().getAnnotations() == null ? null
          : d.getSpec().getTemplate().getMetadata().getAnnotations().get(DeploymentRestarts.RESTARTED_AT);
      if (restartedAt == null) {
        return;
      }
      int updated = d.getStatus().getObservedGeneration() < 2 ? 0 : d.getStatus().getUpdatedReplicas() + 1;
      // A surge pod while old ones remain: replicas above the desired count until the last is replaced.
      setStatus(name, 2, Math.min(updated, replicas), Math.min(updated, replicas), updated >= replicas ? replicas : replicas + 1);
    }, 100, 100, TimeUnit.MILLISECONDS);
  }

  private boolean restarted(String name) {
    Map<String, String> annotations = client().apps().deployments().inNamespace(namespace).withName(name).get()
        .getSpec().getTemplate().getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(DeploymentRestarts.RESTARTED_AT);
  }

  private static ExperimentSpec roll(String namespace) {
    return ExperimentSpec.builder("sei-rolling-restart").fault(new FaultSpec.RollingRestart(Duration.ZERO, Duration.ZERO))
        .target(new KubernetesTarget(namespace, APP, List.of())).selection(Selection.all())
        .duration(Duration.ofSeconds(30)).probe(ProbeSpec.of("/health")).build();
  }

  private ChaosMeshBackend backend(String... allowed) {
    return new ChaosMeshBackend(client(), ChaosMeshOptions.builder().allowNamespaces(allowed)
        .injectTimeout(Duration.ofSeconds(5)).rolloutTimeout(Duration.ofSeconds(5)).build());
  }

  @Test
  void restartsTheDeploymentsOfTheTargetsPodsAndRecoversWhenTheRolloutIsComplete() {
    setUp();
    controllerRollsOut("api-service", 3);
    try (ChaosMeshBackend backend = backend(namespace)) {
      RunContext run = new RunContext("run-7", false, Clock.systemUTC());
      FaultHandle handle = backend.inject(roll(namespace), run);
      assertEquals(FaultKind.ROLLING_RESTART, handle.injection().kind());
      assertEquals("Deployment " + namespace + "/api-service", handle.injection().resource());
      Deployment stamped = client().apps().deployments().inNamespace(namespace).withName("api-service").get();
      Map<String, String> annotations = stamped.getSpec().getTemplate().getMetadata().getAnnotations();
      assertTrue(annotations.containsKey(DeploymentRestarts.RESTARTED_AT), annotations.toString());
      assertEquals("run-7", annotations.get(ChaosMeshLabels.RUN_ID));
      assertEquals(2, stamped.getStatus().getObservedGeneration(), "confirmed once the controller saw it");
      assertFalse(restarted("pgbouncer"), "other workloads untouched");

      FaultRecovery recovery = backend.recover(handle);
      Deployment done = client().apps().deployments().inNamespace(namespace).withName("api-service").get();
      assertEquals(3, done.getStatus().getUpdatedReplicas());
      assertEquals(3, done.getStatus().getReplicas(), "no old pod left");
      assertFalse(recovery.aborted());
      assertFalse(recovery.recoveredAt().isBefore(handle.injection().injectedAt()));
    }
  }

  @Test
  void aRolloutThatNeverCompletesIsAnErrorNamingTheDeploymentAndItsState() {
    setUp();
    // No controller: the restart is never observed.
    try (ChaosMeshBackend backend = backend(namespace)) {
      ChaosException e = assertThrows(ChaosException.class,
          () -> backend.inject(roll(namespace), new RunContext("run-8", false, Clock.systemUTC())));
      assertEquals("Deployment " + namespace + "/api-service (3 updated, 3 available, 3 in all) did not start rolling "
          + "within 5 s.", e.getMessage());
    }
  }

  @Test
  void theNamespaceGuardrailsStillApplyButNotTheBlastRadiusCap() {
    setUp();
    try (ChaosMeshBackend backend = backend("somewhere-else")) {
      GuardrailViolation refused = assertThrows(GuardrailViolation.class,
          () -> backend.inject(roll(namespace), new RunContext("run-9", false, Clock.systemUTC())));
      assertTrue(refused.getMessage().startsWith("Namespace '" + namespace + "' is not on the chaos allow-list"),
          refused.getMessage());
    }
    assertFalse(restarted("api-service"), "nothing was restarted");
  }

  @Test
  void aDryRunSaysWhatWouldBeRestartedAndChangesNothing() {
    setUp();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (ChaosMeshBackend backend = new ChaosMeshBackend(client(), ChaosMeshOptions.builder().allowNamespaces(namespace)
        .dryRunOutput(new PrintStream(printed, true, StandardCharsets.UTF_8)).build())) {
      FaultHandle handle = backend.inject(roll(namespace), new RunContext("run-10", true, Clock.systemUTC()));
      assertTrue(handle.injection().dryRun());
      backend.recover(handle);
    }
    assertEquals("# dry run: slogate would restart Deployment " + namespace + "/api-service (kubectl rollout restart)\n",
        printed.toString(StandardCharsets.UTF_8));
    assertFalse(restarted("api-service"));
  }
}
