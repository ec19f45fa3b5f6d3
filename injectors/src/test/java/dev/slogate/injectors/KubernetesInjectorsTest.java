package dev.slogate.injectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.injectors.FakeJobController.Behaviour;
import dev.slogate.injectors.internal.InjectorJobFactory;
import dev.slogate.injectors.internal.InjectorLabels;
import dev.slogate.slo.scaleout.InjectorOutcome;
import dev.slogate.slo.scaleout.InjectorRequest;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes backend on fabric8's mock API server, with a fake Job controller playing Kubernetes and the pods. */
class KubernetesInjectorsTest {

  private static final String NAMESPACE = "loadtest";
  private static final Instant START_AT = Instant.parse("2026-12-08T01:00:00Z");
  private static final String TARGET_TOKEN = "s3cr3t-target-token";

  @TempDir
  Path temp;

  private MockCluster cluster;
  private FakeJobController controller;
  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  private void cluster(int minor) {
    cluster = new MockCluster(minor).namespace(NAMESPACE).namespace("production");
    controller = new FakeJobController(cluster.client(), NAMESPACE, temp.resolve("pods"));
  }

  @AfterEach
  void stop() {
    if (controller != null) {
      controller.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  private KubernetesInjectorOptions.Builder options() {
    return KubernetesInjectorOptions.builder().namespace(NAMESPACE).allowNamespaces(NAMESPACE)
        .image("registry.example/slogate-injector:0.1.0").cpu("1500m").memory("3Gi")
        .timeout(Duration.ofSeconds(20)).ttlAfterFinished(Duration.ofMinutes(5))
        .receiverBind(new InetSocketAddress("127.0.0.1", 0))
        .pollInterval(Duration.ofMillis(50)).progressInterval(Duration.ofMillis(200))
        .progress(new PrintStream(progress, true, StandardCharsets.UTF_8));
  }

  private InjectorRequest request(String runId, int count) {
    // The coordinator's own wait is longer than the backend's: each test's bound is the backend's timeout.
    return new InjectorRequest("dev.slogate.simulations.SteadyLoad", runId, count, START_AT.toEpochMilli(),
        Map.of("slogate.rate", "300", "slogate.target", "https://sei.example.internal", "slogate.output", "/home/me/out",
            "slogate.injectors.count", "99", "slogate.injectors.backend", "kubernetes"),
        Map.of("SLOGATE_SEI_TOKEN", TARGET_TOKEN), temp.resolve("records-" + runId), Duration.ofMinutes(5),
        line -> {});
  }

  private List<InjectorOutcome> run(KubernetesInjectorOptions options, InjectorRequest request) {
    try (KubernetesInjectors injectors = new KubernetesInjectors(cluster.client(), options)) {
      return injectors.run(request);
    }
  }

  @Test
  void theJobIsAnIndexedJobOfNPodsWithTheRunsLabelsEnvironmentResourcesAndTtl() throws Exception {
    cluster(29);
    List<InjectorOutcome> outcomes = run(options().build(), request("run-spec", 3));

    assertEquals(3, outcomes.size(), controller.log().toString());
    for (int i = 0; i < 3; i++) {
      InjectorOutcome.Completed completed = assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(i),
          controller.log().toString());
      assertEquals(i, completed.index());
      assertEquals(temp.resolve("records-run-spec/injector-" + i + "/run-spec"), completed.runFolder(),
          "the run folder itself, as the merge reads it");
      assertEquals("{\"injector\":" + i + "}", Files.readString(completed.runFolder().resolve("run-record.json")));
    }

    Job job = controller.jobs().get(0);
    assertEquals(InjectorJobFactory.jobName("run-spec"), job.getMetadata().getName());
    assertEquals("Indexed", job.getSpec().getCompletionMode());
    assertEquals(3, job.getSpec().getCompletions());
    assertEquals(3, job.getSpec().getParallelism());
    assertEquals(0, job.getSpec().getBackoffLimitPerIndex());
    assertNull(job.getSpec().getBackoffLimit());
    assertEquals(300, job.getSpec().getTtlSecondsAfterFinished());
    assertEquals(20L, job.getSpec().getActiveDeadlineSeconds());
    Map<String, String> labels = Map.of("app.kubernetes.io/managed-by", "slogate", "slogate.dev/run-id", "run-spec",
        "app.kubernetes.io/component", "slogate-injector");
    assertEquals(labels, job.getMetadata().getLabels());
    assertEquals(labels, job.getSpec().getTemplate().getMetadata().getLabels());
    assertEquals("Never", job.getSpec().getTemplate().getSpec().getRestartPolicy());
    assertFalse(job.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken());

    Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals("registry.example/slogate-injector:0.1.0", container.getImage());
    Map<String, Quantity> resources = Map.of("cpu", new Quantity("1500m"), "memory", new Quantity("3Gi"));
    assertEquals(resources, container.getResources().getRequests());
    assertEquals(resources, container.getResources().getLimits());

    Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    assertEquals(container.getEnv().size(), env.size(), "no variable twice");
    assertEquals("run-spec", env.get("SLOGATE_RUN_ID").getValue());
    assertEquals(Long.toString(START_AT.toEpochMilli()), env.get("SLOGATE_START_AT").getValue());
    assertEquals("3", env.get("SLOGATE_INJECTORS_COUNT").getValue(), "the run's count, not the options' copy");
    assertNull(env.get("SLOGATE_INJECTORS_BACKEND"), "a pod coordinates nothing");
    assertEquals("metadata.annotations['batch.kubernetes.io/job-completion-index']",
        env.get("SLOGATE_INJECTORS_INDEX").getValueFrom().getFieldRef().getFieldPath());
    assertEquals("dev.slogate.simulations.SteadyLoad", env.get("SLOGATE_INJECTORS_SIMULATION").getValue());
    assertEquals("300", env.get("SLOGATE_RATE").getValue());
    assertEquals("https://sei.example.internal", env.get("SLOGATE_TARGET").getValue());
    assertEquals(InjectorJobFactory.POD_OUTPUT, env.get("SLOGATE_OUTPUT").getValue(), "the pod's folder, not ours");
    assertTrue(env.get("SLOGATE_INJECTORS_RECEIVER_URL").getValue().startsWith("http://127.0.0.1:"));
    for (String secret : List.of("SLOGATE_SEI_TOKEN", "SLOGATE_UPLOAD_TOKEN")) {
      assertNull(env.get(secret).getValue(), secret + " has no plain value");
      assertEquals(job.getMetadata().getName(), env.get(secret).getValueFrom().getSecretKeyRef().getName());
      assertEquals(secret, env.get(secret).getValueFrom().getSecretKeyRef().getKey());
    }
    String spec = cluster.client().getKubernetesSerialization().asYaml(job);
    assertFalse(spec.contains(TARGET_TOKEN), "no token anywhere in the Job");

    // Everything the run created is gone at its end, the pods with the Job.
    assertTrue(cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).list().getItems().isEmpty());
    assertTrue(cluster.client().secrets().inNamespace(NAMESPACE).list().getItems().isEmpty());
    await().atMost(5, TimeUnit.SECONDS).until(() ->
        cluster.client().pods().inNamespace(NAMESPACE).list().getItems().isEmpty());
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("3 of 3 completed, 0 failed, 0 running; 3 record(s)"),
        progress.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aClusterBefore129GetsAJobWideBackoffLimitAndOneFailedIndexFailsTheOthersToo() {
    cluster(28);
    controller.behave(1, Behaviour.FAIL).behave(0, Behaviour.HOLD).behave(2, Behaviour.HOLD);
    List<InjectorOutcome> outcomes = run(options().build(), request("run-old", 3));

    Job job = controller.jobs().get(0);
    assertNull(job.getSpec().getBackoffLimitPerIndex());
    assertEquals(0, job.getSpec().getBackoffLimit());
    for (InjectorOutcome outcome : outcomes) {
      InjectorOutcome.Failed failed = assertInstanceOf(InjectorOutcome.Failed.class, outcome);
      assertTrue(failed.reason().contains("the Job failed, BackoffLimitExceeded"), failed.reason());
    }
    assertTrue(((InjectorOutcome.Failed) outcomes.get(1)).reason().contains("exit code 1 (Error)"));
    assertTrue(((InjectorOutcome.Failed) outcomes.get(0)).reason().contains("Running"));
  }

  @Test
  void oneFailingIndexIsFailedNamingItAndItsExitCodeWhileTheOthersComplete() {
    cluster(30);
    controller.behave(1, Behaviour.FAIL);
    List<InjectorOutcome> outcomes = run(options().build(), request("run-fail", 3));

    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(0), controller.log().toString());
    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(2), controller.log().toString());
    InjectorOutcome.Failed failed = assertInstanceOf(InjectorOutcome.Failed.class, outcomes.get(1));
    assertEquals(1, failed.index());
    assertTrue(failed.reason().startsWith("injector 1 of run run-fail failed: pod "), failed.reason());
    assertTrue(failed.reason().contains("Failed, exit code 1 (Error): java.lang.OutOfMemoryError: Java heap space"),
        failed.reason());
    assertTrue(cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).list().getItems().isEmpty());
  }

  @Test
  void aRecordWhoseDigestDoesNotMatchIsRefusedAndItsIndexFails() {
    cluster(29);
    controller.behave(0, Behaviour.CORRUPT);
    List<InjectorOutcome> outcomes = run(options().build(), request("run-corrupt", 2));

    InjectorOutcome.Failed failed = assertInstanceOf(InjectorOutcome.Failed.class, outcomes.get(0));
    assertTrue(failed.reason().contains("its record was refused: the record of injector 0 arrived with a SHA-256 "
        + "other than the one it was sent with"), failed.reason());
    assertFalse(Files.exists(temp.resolve("records-run-corrupt/injector-0")), "nothing of a refused record is kept");
    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(1));
  }

  @Test
  void anIndexThatCompletesWithoutDeliveringItsRecordFails() {
    cluster(29);
    controller.behave(1, Behaviour.SILENT);
    List<InjectorOutcome> outcomes = run(options().build(), request("run-silent", 2));

    InjectorOutcome.Failed failed = assertInstanceOf(InjectorOutcome.Failed.class, outcomes.get(1));
    assertEquals("injector 1 of run run-silent completed, but no verified record of it reached the coordinator",
        failed.reason());
    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(0));
  }

  @Test
  void anIndexThatDoesNotFinishInTimeIsLostAndTheJobIsDeletedAllTheSame() {
    cluster(29);
    controller.behave(2, Behaviour.HOLD);
    List<InjectorOutcome> outcomes = run(options().timeout(Duration.ofSeconds(3)).build(), request("run-slow", 3));

    InjectorOutcome.Failed lost = assertInstanceOf(InjectorOutcome.Failed.class, outcomes.get(2));
    assertTrue(lost.reason().startsWith("injector 2 of run run-slow was lost: it did not finish within 3s; pod "),
        lost.reason());
    assertTrue(lost.reason().contains("Running"), lost.reason());
    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(0));
    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(1));
    assertTrue(cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).list().getItems().isEmpty());
    List<String> lines = progress.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("slogate injectors: run run-slow, ")).toList();
    assertTrue(lines.size() >= 3, "a line every 200ms while it waits, and one at the end: " + lines);
    assertTrue(lines.get(lines.size() - 1).contains("2 of 3 completed, 0 failed, 1 running; 2 record(s) received; 3s "
        + "of 3s"), lines.toString());
  }

  @Test
  void aJobDeletedUnderTheRunLosesTheIndexesStillRunning() {
    cluster(29);
    controller.behave(0, Behaviour.HOLD);
    try (KubernetesInjectors injectors = new KubernetesInjectors(cluster.client(), options().build())) {
      CompletableFuture<List<InjectorOutcome>> running = CompletableFuture.supplyAsync(
          () -> injectors.run(request("run-deleted", 2)));
      await().atMost(10, TimeUnit.SECONDS).until(() -> controller.log().contains("index 1: succeeded"));
      cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(InjectorJobFactory.jobName("run-deleted"))
          .delete();
      List<InjectorOutcome> outcomes = running.join();
      InjectorOutcome.Failed lost = assertInstanceOf(InjectorOutcome.Failed.class, outcomes.get(0));
      assertTrue(lost.reason().contains("was lost: the Job loadtest/" + InjectorJobFactory.jobName("run-deleted")
          + " was deleted before this index finished"), lost.reason());
    }
  }

  @Test
  void theAllowListRefusesANamespaceBeforeAnythingIsCreated() {
    cluster(29);
    KubernetesInjectorOptions production = options().namespace("production").build();
    GuardrailViolation refused = assertThrows(GuardrailViolation.class,
        () -> run(production, request("run-refused", 2)));
    assertEquals("Namespace 'production' is not on the injectors' allow-list [loadtest], so no injector Job is "
        + "created there; allow it with slogate.injectors.allowedNamespaces=production if load may be started from it.",
        refused.getMessage());
    assertTrue(cluster.client().batch().v1().jobs().inAnyNamespace().list().getItems().isEmpty());
    assertTrue(cluster.client().secrets().inAnyNamespace().list().getItems().isEmpty());

    GuardrailViolation none = assertThrows(GuardrailViolation.class,
        () -> KubernetesInjectorOptions.builder().namespace(NAMESPACE).image("i").build());
    assertTrue(none.getMessage().startsWith("No namespace is allowed for injectors"), none.getMessage());
  }

  @Test
  void aRunSweepsInjectorJobsOfEarlierRunsByLabelAndNothingElse() {
    cluster(29);
    Job leftover = leftoverJob("run-dead", InjectorLabels.of("run-dead"));
    Job someoneElses = leftoverJob("not-ours", Map.of("app.kubernetes.io/managed-by", "helm"));
    cluster.client().resource(leftover).create();
    cluster.client().resource(someoneElses).create();

    List<InjectorOutcome> outcomes = run(options().build(), request("run-next", 1));

    assertInstanceOf(InjectorOutcome.Completed.class, outcomes.get(0));
    List<String> left = cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).list().getItems().stream()
        .map(job -> job.getMetadata().getName()).toList();
    assertEquals(List.of(someoneElses.getMetadata().getName()), left);
  }

  @Test
  void theShutdownHookDeletesTheJobOfARunInProgress() {
    cluster(29);
    controller.behave(0, Behaviour.HOLD);
    KubernetesInjectors injectors = new KubernetesInjectors(cluster.client(), options().build());
    CompletableFuture<List<InjectorOutcome>> running = CompletableFuture.supplyAsync(
        () -> injectors.run(request("run-hook", 1)));
    String name = InjectorJobFactory.jobName("run-hook");
    await().atMost(10, TimeUnit.SECONDS).until(() -> controller.log().contains("index 0: HOLD"));

    injectors.shutdownHook().run();

    assertNull(cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(name).get());
    assertNull(cluster.client().secrets().inNamespace(NAMESPACE).withName(name).get());
    InjectorOutcome.Failed lost = assertInstanceOf(InjectorOutcome.Failed.class, running.join().get(0));
    assertTrue(lost.reason().contains("was lost"), lost.reason());
    injectors.close();
  }

  static Job leftoverJob(String name, Map<String, String> labels) {
    return new JobBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).withLabels(labels).endMetadata()
        .withNewSpec().withCompletionMode("Indexed").withCompletions(1).withParallelism(1).withNewTemplate()
        .withNewSpec().withRestartPolicy("Never").addNewContainer().withName("injector").withImage("x")
        .endContainer().endSpec().endTemplate().endSpec().build();
  }
}
