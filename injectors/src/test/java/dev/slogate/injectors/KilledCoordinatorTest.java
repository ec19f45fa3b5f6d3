package dev.slogate.injectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.injectors.FakeJobController.Behaviour;
import dev.slogate.injectors.internal.InjectorJobFactory;
import dev.slogate.slo.scaleout.InjectorOutcome;
import dev.slogate.slo.scaleout.InjectorRequest;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator in a real second JVM, stopped (SIGTERM: its shutdown hook runs) or killed (SIGKILL: nothing runs)
 * while its injector is still running on the mock cluster.
 */
class KilledCoordinatorTest {

  private static final String NAMESPACE = "loadtest";

  @TempDir
  Path temp;

  private MockCluster cluster;
  private FakeJobController controller;
  private Process coordinator;

  @BeforeEach
  void start() {
    cluster = new MockCluster(29).namespace(NAMESPACE);
    controller = new FakeJobController(cluster.client(), NAMESPACE, temp.resolve("pods"));
  }

  @AfterEach
  void stop() {
    if (coordinator != null) {
      coordinator.destroyForcibly();
    }
    controller.close();
    cluster.close();
  }

  @Test
  void aStoppedCoordinatorDeletesItsJobAndSecretInItsShutdownHook() throws Exception {
    String job = startCoordinatorAndAwaitItsJob("run-stopped");

    coordinator.destroy();

    assertTrue(coordinator.waitFor(30, TimeUnit.SECONDS), output());
    assertTrue(jobAndSecretGone(job), output());
    // The hook's lines, between which the run's own thread may print its last progress line.
    assertTrue(output().contains("slogate: JVM shutting down with 2 injector object(s) in the cluster; removing them\n"),
        output());
    assertTrue(output().contains("slogate: removed the injector Job and Secret\n"), output());
  }

  @Test
  void aKilledCoordinatorsJobIsSweptByTheNextStart() throws Exception {
    String job = startCoordinatorAndAwaitItsJob("run-killed");

    coordinator.destroyForcibly();
    assertTrue(coordinator.waitFor(30, TimeUnit.SECONDS));
    assertNotNull(cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(job).get(),
        "SIGKILL runs no hook: the Job outlives its coordinator");
    Secret secret = cluster.client().secrets().inNamespace(NAMESPACE).withName(job).get();
    Job orphan = cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(job).get();
    OwnerReference owner = secret.getMetadata().getOwnerReferences().get(0);
    assertEquals(List.of("Job", job, orphan.getMetadata().getUid()), List.of(owner.getKind(), owner.getName(),
        owner.getUid()), "the cluster's garbage collector deletes the Secret with its Job, even with no sweep");

    controller.behave(0, Behaviour.COMPLETE);
    List<InjectorOutcome> next;
    try (KubernetesInjectors injectors = new KubernetesInjectors(cluster.client(), KubernetesInjectorOptions.builder()
        .namespace(NAMESPACE).allowNamespaces(NAMESPACE).image("slogate-injector:test")
        .receiverBind(new InetSocketAddress("127.0.0.1", 0)).pollInterval(Duration.ofMillis(50))
        .progress(new PrintStream(PrintStream.nullOutputStream())).build())) {
      next = injectors.run(new InjectorRequest("Sim", "run-next", 1, Instant.now().toEpochMilli(), Map.of(), Map.of(),
          temp.resolve("next"), Duration.ofMinutes(30), line -> {}));
    }

    assertInstanceOf(InjectorOutcome.Completed.class, next.get(0), controller.log().toString());
    assertTrue(jobAndSecretGone(job), "the killed run's Job and Secret were swept");
    List<String> created = controller.jobs().stream().map(j -> j.getMetadata().getName()).toList();
    assertEquals(List.of(job, InjectorJobFactory.jobName("run-next")), created);
  }

  private String startCoordinatorAndAwaitItsJob(String runId) throws IOException {
    controller.behave(0, Behaviour.HOLD);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    coordinator = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CoordinatorProcess.class.getName(), cluster.url(), NAMESPACE, runId, temp.resolve("records").toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("coordinator.log").toFile()).start();
    String job = InjectorJobFactory.jobName(runId);
    await().atMost(30, TimeUnit.SECONDS).until(() -> {
      Job created = cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(job).get();
      return (created != null && controller.log().contains("index 0: HOLD")) || !coordinator.isAlive();
    });
    assertTrue(coordinator.isAlive(), this::output);
    return job;
  }

  private boolean jobAndSecretGone(String job) {
    return cluster.client().batch().v1().jobs().inNamespace(NAMESPACE).withName(job).get() == null
        && cluster.client().secrets().inNamespace(NAMESPACE).withName(job).get() == null;
  }

  private String output() {
    try {
      return Files.readString(temp.resolve("coordinator.log"));
    } catch (IOException e) {
      return "no output: " + e;
    }
  }
}
