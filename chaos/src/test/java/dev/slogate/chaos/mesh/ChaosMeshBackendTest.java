package dev.slogate.chaos.mesh;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultListener;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backend against fabric8's CRUD mock API server with the Chaos Mesh CRDs registered, and a fake
 * controller that behaves like Chaos Mesh's (finalizer, status records and conditions).
 */
class ChaosMeshBackendTest {

  private static final Map<String, String> APP = Map.of("app", "checkout");

  private static MockCluster cluster;
  private static int namespaces;

  private String namespace;
  private FakeChaosController controller;
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final FaultListener recording = new FaultListener() {
    @Override
    public void faultInjected(FaultInjection injection) {
      events.add("injected " + injection.resource());
    }

    @Override
    public void faultRecovered(FaultRecovery recovery) {
      events.add("recovered " + recovery.injection().resource());
    }

    @Override
    public void faultAborted(FaultRecovery recovery) {
      events.add("aborted " + recovery.injection().resource());
    }
  };

  @BeforeAll
  static void startCluster() {
    cluster = new MockCluster();
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  /** Each test gets its own namespace (with 4 matching pods) and controller. */
  private void setUp() {
    namespace = "shop-" + ++namespaces;
    cluster.namespace(namespace, Map.of()).pods(namespace, "checkout", 4, APP);
    controller = new FakeChaosController(cluster.client(), namespace);
  }

  @AfterEach
  void stopController() {
    if (controller != null) {
      // Kept in the surefire output: what the controller did explains any failure above.
      System.out.println("fake controller log: " + controller.log());
      controller.close();
    }
  }

  private ChaosMeshBackend backend(Duration injectTimeout, Duration removeTimeout) {
    return new ChaosMeshBackend(cluster.client(), ChaosMeshOptions.builder().allowNamespaces(namespace)
        .injectTimeout(injectTimeout).removeTimeout(removeTimeout).listener(recording).build());
  }

  private ExperimentSpec experiment(String name, FaultSpec fault) {
    return ExperimentSpec.builder(name).fault(fault).target(new KubernetesTarget(namespace, APP, List.of()))
        .selection(Selection.one()).duration(Duration.ofSeconds(30)).probe(ProbeSpec.of("/health")).build();
  }

  @Test
  void injectionTimeIsWhenChaosMeshConfirmsAndRecoveryWaitsForTheFinalizer() {
    setUp();
    controller.injectDelay = Duration.ofMillis(400);
    controller.recoverDelay = Duration.ofMillis(400);
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      FaultHandle handle = backend.inject(experiment("fail-one", new FaultSpec.PodFailure()),
          RunContext.of("run-1"));
      FaultInjection injection = handle.injection();
      String name = injection.resource().substring(injection.resource().indexOf('/') + 1);

      // Confirmed only after the controller wrote AllInjected, not when the resource was created.
      assertTrue(Duration.between(injection.appliedAt(), injection.injectedAt()).toMillis() >= 400,
          injection.toString());
      assertFalse(injection.injectedAt().isBefore(controller.injectedAt(name)));
      assertTrue(injection.reportedAt().isPresent(), "the record's Apply event time");
      GenericKubernetesResource stored = cluster.raw("PodChaos", namespace).get(0);
      assertEquals(List.of(ChaosMeshLabels.RECORDS_FINALIZER), stored.getMetadata().getFinalizers());
      assertEquals(List.of("injected PodChaos " + namespace + "/" + name), events);

      FaultRecovery recovery = backend.recover(handle);

      // Deletion completed only once the controller had recovered the targets and removed its finalizer.
      assertTrue(Duration.between(recovery.requestedAt(), recovery.removedAt()).toMillis() >= 400,
          recovery.toString());
      assertFalse(recovery.recoveredAt().isAfter(recovery.removedAt()));
      assertFalse(recovery.aborted());
      assertEquals(List.of(), cluster.raw("PodChaos", namespace));
      assertEquals(List.of("PodChaos/" + name + ": finalizer added", "PodChaos/" + name + ": injected",
          "PodChaos/" + name + ": deletion seen", "PodChaos/" + name + ": recovered",
          "PodChaos/" + name + ": finalizer removed"), controller.log());
      assertEquals(List.of("injected PodChaos " + namespace + "/" + name,
          "recovered PodChaos " + namespace + "/" + name), events);
      assertEquals(List.of(), backend.active());
    }
  }

  @Test
  void oneShotKillIsConfirmedFromRecordEventsWhenTheConditionIsAlreadyGone() {
    setUp();
    controller.oneShotOverAtOnce = true;
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      FaultHandle handle = backend.inject(experiment("kill-one", new FaultSpec.PodKill(Duration.ZERO)), RunContext.of("run-2"));

      GenericKubernetesResource stored = cluster.raw("PodChaos", namespace).get(0);
      Map<String, Object> status = map(stored.getAdditionalProperties().get("status"));
      assertTrue(String.valueOf(status.get("conditions")).contains("type=AllInjected, status=False")
          || String.valueOf(status.get("conditions")).contains("status=False, type=AllInjected"), status.toString());
      assertTrue(handle.injection().reportedAt().isPresent());
      backend.recover(handle);
      assertEquals(List.of(), cluster.raw("PodChaos", namespace));
    }
  }

  @Test
  void abortPausesTheExperimentBeforeDeletingIt() {
    setUp();
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      FaultHandle handle = backend.inject(experiment("delay-one",
          new FaultSpec.NetworkDelay(Duration.ofMillis(200), Duration.ZERO, 0)), RunContext.of("run-3"));
      String name = handle.injection().resource().substring(handle.injection().resource().indexOf('/') + 1);

      FaultRecovery recovery = backend.abort(handle);

      assertTrue(recovery.aborted());
      assertEquals("true", controller.annotationsAtDeletion(name).get(ChaosMeshLabels.PAUSE),
          "paused before the delete: " + controller.annotationsAtDeletion(name));
      assertTrue(controller.log().indexOf("NetworkChaos/" + name + ": paused, recovered")
          < controller.log().indexOf("NetworkChaos/" + name + ": deletion seen"), controller.log().toString());
      assertEquals(List.of(), cluster.raw("NetworkChaos", namespace));
      assertEquals("aborted NetworkChaos " + namespace + "/" + name, events.get(1));
    }
  }

  @Test
  void unconfirmedInjectionFailsClearlyAndRemovesTheResource() {
    setUp();
    controller.injectNothing = true;
    try (ChaosMeshBackend backend = backend(Duration.ofMillis(700), Duration.ofSeconds(10))) {
      ChaosException e = assertThrows(ChaosException.class, () -> backend.inject(
          experiment("never", new FaultSpec.CpuStress(1, 80)), RunContext.of("run-4")));

      assertTrue(e.getMessage().matches("StressChaos " + namespace + "/slogate-never-[0-9a-f]{8}-\\d+ was not "
          + "confirmed injected within 700ms \\(Chaos Mesh has written no status: is its controller running\\?\\)\\."),
          e.getMessage());
      assertEquals(List.of(), cluster.raw("StressChaos", namespace), "removed after the failure");
      assertEquals(List.of(), events, "no injection was announced");
    }
  }

  @Test
  void aDeletionStuckOnTheFinalizerNamesTheResource() {
    setUp();
    controller.holdFinalizer = true;
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofMillis(800))) {
      FaultHandle handle = backend.inject(experiment("stuck", new FaultSpec.PodFailure()), RunContext.of("run-5"));
      String resource = handle.injection().resource();

      ChaosException e = assertThrows(ChaosException.class, () -> backend.recover(handle));

      assertTrue(e.getMessage().startsWith(resource + " is still there 800ms after it was deleted (finalizers ["
          + ChaosMeshLabels.RECORDS_FINALIZER + "], conditions ["), e.getMessage());
      assertTrue(e.getMessage().endsWith("remove the finalizer with kubectl -n " + namespace + " patch podchaos "
          + resource.substring(resource.indexOf('/') + 1) + " --type=merge -p '{\"metadata\":{\"finalizers\":[]}}'."),
          e.getMessage());
      assertEquals(1, backend.active().size(), "still applied, so close() will try again");

      controller.releaseFinalizers(namespace);
    }
    assertEquals(List.of(), cluster.raw("PodChaos", namespace), "close() removed it once the controller let go");
    assertTrue(events.get(events.size() - 1).startsWith("aborted PodChaos"), events.toString());
  }

  @Test
  void theShutdownHookRemovesWhatIsStillApplied() {
    setUp();
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      backend.inject(experiment("left-a", new FaultSpec.PodFailure()), RunContext.of("run-6"));
      backend.inject(experiment("left-b", new FaultSpec.CpuStress(2, 50)), RunContext.of("run-6"));
      assertEquals(1, cluster.raw("PodChaos", namespace).size());
      assertEquals(1, cluster.raw("StressChaos", namespace).size());

      backend.shutdownHook().run();

      assertEquals(List.of(), cluster.raw("PodChaos", namespace));
      assertEquals(List.of(), cluster.raw("StressChaos", namespace));
      assertEquals(List.of(), backend.active());
      assertEquals(2, events.stream().filter(event -> event.startsWith("aborted ")).count(), events.toString());
    }
  }

  @Test
  void theShutdownHookAlsoRemovesAnInjectionStillWaitingForConfirmation() throws Exception {
    setUp();
    controller.injectNothing = true;
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(20), Duration.ofSeconds(10))) {
      CompletableFuture<FaultHandle> waiting = CompletableFuture.supplyAsync(() -> backend.inject(
          experiment("interrupted", new FaultSpec.PodFailure()), RunContext.of("run-9")));
      await("the PodChaos created").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
          .until(() -> !cluster.raw("PodChaos", namespace).isEmpty());
      assertEquals(1, cluster.raw("PodChaos", namespace).size(), "created, waiting for Chaos Mesh");

      backend.shutdownHook().run();

      assertEquals(List.of(), cluster.raw("PodChaos", namespace));
      ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
      assertTrue(e.getCause().getMessage().endsWith("was deleted (by a cleanup or by someone else) before it was confirmed injected."),
          e.getCause().getMessage());
      assertEquals(List.of(), events, "never confirmed, so never announced");
    }
  }

  @Test
  void withFaultRecoversAfterTheBodyAndAbortsWhenItThrows() {
    setUp();
    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      ExperimentSpec experiment = experiment("scoped", new FaultSpec.PodFailure());
      int seen = backend.withFault(experiment, RunContext.of("run-10"),
          handle -> cluster.raw("PodChaos", namespace).size());
      assertEquals(1, seen, "applied while the body ran");
      assertEquals(List.of(), cluster.raw("PodChaos", namespace));

      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> backend.withFault(experiment, RunContext.of("run-10"), handle -> {
            throw new IllegalStateException("load generator died");
          }));
      assertEquals("load generator died", e.getMessage());
      assertEquals(List.of(), cluster.raw("PodChaos", namespace));
      assertEquals(List.of("injected", "recovered", "injected", "aborted"),
          events.stream().map(event -> event.substring(0, event.indexOf(' '))).toList());
    }
  }

  @Test
  void theFirstInjectionSweepsEarlierRunsByLabelAndNothingElse() {
    setUp();
    String other = namespace + "-other";
    cluster.namespace(other, Map.of());
    cluster.apply(leftover(namespace, "slogate-old-1", "run-0", true));
    cluster.apply(leftover(namespace, "someone-elses", "run-0", false));
    cluster.apply(leftover(other, "slogate-old-2", "run-0", true));

    try (ChaosMeshBackend backend = backend(Duration.ofSeconds(10), Duration.ofSeconds(10))) {
      FaultHandle handle = backend.inject(experiment("after-crash", new FaultSpec.PodFailure()),
          RunContext.of("run-7"));

      List<String> names = cluster.raw("PodChaos", namespace).stream().map(r -> r.getMetadata().getName()).sorted()
          .toList();
      String created = handle.injection().resource().substring(handle.injection().resource().indexOf('/') + 1);
      assertEquals(List.of(created, "someone-elses"), names, "the old run's leftover is gone, the rest stays");
      assertEquals(1, cluster.raw("PodChaos", other).size(), "a namespace outside the allow-list is not swept");
      backend.recover(handle);
    }
  }

  @Test
  void dryRunPrintsTheResourceAndAppliesNothing() {
    setUp();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ChaosMeshOptions options = ChaosMeshOptions.builder().allowNamespaces(namespace).listener(recording)
        .dryRunOutput(new PrintStream(printed, true, StandardCharsets.UTF_8)).build();
    try (ChaosMeshBackend backend = new ChaosMeshBackend(cluster.client(), options)) {
      FaultHandle handle = backend.inject(experiment("dry", new FaultSpec.NetworkLoss(25, 0)),
          RunContext.dryRun("run-8"));
      backend.recover(handle);

      String yaml = printed.toString(StandardCharsets.UTF_8);
      assertTrue(yaml.startsWith("# dry run: slogate would apply\n---\n"), yaml);
      assertTrue(yaml.contains("apiVersion: \"chaos-mesh.org/v1alpha1\"\nkind: \"NetworkChaos\"\n"), yaml);
      assertTrue(yaml.contains("  action: \"loss\"\n"), yaml);
      assertTrue(yaml.contains("    loss: \"25\"\n"), yaml);
      assertTrue(yaml.contains("  duration: \"30s\"\n"), yaml);
      assertTrue(handle.injection().dryRun());
      assertEquals(List.of(), cluster.raw("NetworkChaos", namespace), "nothing applied");
      assertEquals(List.of(), events, "a dry run announces no fault");
      assertEquals(List.of(), controller.log());
    }
  }

  private static String leftover(String namespace, String name, String runId, boolean slogate) {
    String labels = slogate
        ? "    app.kubernetes.io/managed-by: slogate\n    slogate.dev/run-id: " + runId + "\n"
        : "    app: chaos-by-hand\n";
    return "apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\nmetadata:\n  name: " + name + "\n  namespace: "
        + namespace + "\n  labels:\n" + labels + "spec:\n  action: pod-failure\n  mode: one\n  duration: 10m\n"
        + "  selector:\n    namespaces: [" + namespace + "]\n    labelSelectors:\n      app: checkout\n";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertNotNull(value);
    return (Map<String, Object>) value;
  }
}
