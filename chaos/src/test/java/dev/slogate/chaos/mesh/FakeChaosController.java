package dev.slogate.chaos.mesh;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays Chaos Mesh's controller against the mock API server, the way v2.8's reconcilers behave:
 * it adds the {@code chaos-mesh/records} finalizer to a new experiment, selects the matching pods into
 * {@code status.experiment.containerRecords}, "injects" (records Injected with a Succeeded Apply event,
 * conditions Selected/AllInjected), recovers on pause or deletion (records Not Injected with a Recover event,
 * AllRecovered), and only then removes its finalizer so that the deletion completes.
 *
 * <p>Knobs make it slow, silent or stuck, to drive the backend's waiting paths. Everything it does is
 * logged in {@link #log()}.
 */
final class FakeChaosController implements AutoCloseable {

  static final List<String> KINDS = List.of("PodChaos", "NetworkChaos", "StressChaos", "HTTPChaos");

  private final KubernetesClient client;
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "fake-chaos-mesh-controller");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Watch> watches = new ArrayList<>();
  private final Set<String> done = ConcurrentHashMap.newKeySet();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final Map<String, Map<String, String>> annotationsAtDeletion = new ConcurrentHashMap<>();
  private final Map<String, Instant> injectedAt = new ConcurrentHashMap<>();

  volatile Duration injectDelay = Duration.ZERO;
  volatile Duration recoverDelay = Duration.ZERO;
  /** Never report an injection (a controller that is down, or targets it cannot reach). */
  volatile boolean injectNothing;
  /** Never let go of the finalizer (a controller that is down while a deletion waits). */
  volatile boolean holdFinalizer;
  /** One-shot kills: write only the final state, as when the kill is over before anyone looks. */
  volatile boolean oneShotOverAtOnce;

  FakeChaosController(KubernetesClient client, String... namespaces) {
    this.client = client;
    for (String namespace : namespaces) {
      for (String kind : KINDS) {
        watches.add(client.genericKubernetesResources(MockCluster.GROUP_VERSION, kind).inNamespace(namespace)
            .watch(new Watcher<>() {
              @Override
              public void eventReceived(Action action, GenericKubernetesResource resource) {
                if (action != Action.DELETED) {
                  worker.execute(() -> safely(resource));
                }
              }

              @Override
              public void onClose(WatcherException cause) {}
            }));
      }
    }
  }

  /** What the controller did, in order: {@code "PodChaos/name: finalizer added"} and so on. */
  List<String> log() {
    return List.copyOf(log);
  }

  /** The annotations an experiment had when the controller saw it marked for deletion. */
  Map<String, String> annotationsAtDeletion(String name) {
    return annotationsAtDeletion.get(name);
  }

  /** When the controller wrote the injection into the status. */
  Instant injectedAt(String name) {
    return injectedAt.get(name);
  }

  /** Lets go of the finalizers it was told to hold. */
  void releaseFinalizers(String namespace) {
    holdFinalizer = false;
    for (String kind : KINDS) {
      for (GenericKubernetesResource r : client.genericKubernetesResources(MockCluster.GROUP_VERSION, kind)
          .inNamespace(namespace).list().getItems()) {
        worker.execute(() -> safely(r));
      }
    }
  }

  /** A controller bug must show up in the log that the tests print, not vanish in the executor. */
  private void safely(GenericKubernetesResource resource) {
    try {
      reconcile(resource);
    } catch (RuntimeException e) {
      log.add(resource.getKind() + "/" + resource.getMetadata().getName() + ": controller error " + e);
    }
  }

  private void reconcile(GenericKubernetesResource resource) {
    String key = resource.getKind() + "/" + resource.getMetadata().getName();
    String uid = resource.getMetadata().getUid();
    boolean hasFinalizer = resource.getMetadata().getFinalizers().contains(ChaosMeshLabels.RECORDS_FINALIZER);
    Map<String, Object> status = map(resource.getAdditionalProperties().get("status"));
    List<Map<String, Object>> records = records(status);
    boolean injected = records.stream().anyMatch(r -> "Injected".equals(r.get("phase")));
    if (resource.getMetadata().getDeletionTimestamp() != null) {
      if (done.add(uid + "/deleting")) {
        annotationsAtDeletion.put(resource.getMetadata().getName(), Map.copyOf(resource.getMetadata().getAnnotations()));
        log.add(key + ": deletion seen");
        later(recoverDelay, () -> {
          if (injected) {
            writeStatus(resource, recovered(records), false, true, paused(resource));
            log.add(key + ": recovered");
          }
        });
      }
      if (hasFinalizer && !holdFinalizer) {
        later(recoverDelay, () -> {
          if (!holdFinalizer && done.add(uid + "/finalizer removed")) {
            patch(resource, "[{\"op\":\"replace\",\"path\":\"/metadata/finalizers\",\"value\":[]}]");
            log.add(key + ": finalizer removed");
          }
        });
      }
      return;
    }
    if (!hasFinalizer) {
      if (done.add(uid + "/finalizer")) {
        patch(resource, "[{\"op\":\"add\",\"path\":\"/metadata/finalizers\",\"value\":[\""
            + ChaosMeshLabels.RECORDS_FINALIZER + "\"]}]");
        log.add(key + ": finalizer added");
      }
      return;
    }
    if (paused(resource)) {
      if (injected && done.add(uid + "/paused")) {
        writeStatus(resource, recovered(records), false, true, true);
        log.add(key + ": paused, recovered");
      }
      return;
    }
    if (records.isEmpty() && !injectNothing && done.add(uid + "/inject")) {
      later(injectDelay, () -> inject(resource, key));
    }
  }

  private void inject(GenericKubernetesResource resource, String key) {
    Map<String, Object> spec = map(resource.getAdditionalProperties().get("spec"));
    Map<String, Object> selector = map(spec.get("selector"));
    String namespace = ((List<?>) selector.get("namespaces")).get(0).toString();
    @SuppressWarnings("unchecked")
    Map<String, String> labels = (Map<String, String>) selector.get("labelSelectors");
    List<Pod> pods = client.pods().inNamespace(namespace).withLabels(labels).list().getItems();
    String now = now();
    List<Map<String, Object>> records = new ArrayList<>();
    boolean oneShot = "PodChaos".equals(resource.getKind())
        && List.of("pod-kill", "container-kill").contains(String.valueOf(spec.get("action")));
    boolean over = oneShot && oneShotOverAtOnce;
    for (Pod pod : pods.subList(0, "all".equals(spec.get("mode")) ? pods.size() : Math.min(1, pods.size()))) {
      List<Map<String, Object>> events = new ArrayList<>();
      events.add(event("Apply", now));
      if (over) {
        events.add(event("Recover", now));
      }
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", namespace + "/" + pod.getMetadata().getName());
      record.put("selectorKey", ".");
      record.put("phase", over ? "Not Injected" : "Injected");
      record.put("injectedCount", 1);
      record.put("recoveredCount", over ? 1 : 0);
      record.put("events", events);
      records.add(record);
    }
    injectedAt.put(resource.getMetadata().getName(), Instant.now());
    writeStatus(resource, records, !over, over, false);
    log.add(key + (over ? ": injected and over" : ": injected"));
  }

  private void writeStatus(GenericKubernetesResource resource, List<Map<String, Object>> records,
      boolean allInjected, boolean allRecovered, boolean paused) {
    Map<String, Object> experiment = new LinkedHashMap<>();
    experiment.put("desiredPhase", paused || allRecovered ? "Stop" : "Run");
    experiment.put("containerRecords", records);
    List<Map<String, String>> conditions = List.of(
        condition("Selected", !records.isEmpty()), condition("AllInjected", allInjected),
        condition("AllRecovered", allRecovered), condition("Paused", paused));
    Map<String, Object> status = Map.of("experiment", experiment, "conditions", conditions);
    patch(resource, client.getKubernetesSerialization()
        .asJson(List.of(Map.of("op", "add", "path", "/status", "value", status))));
  }

  private static List<Map<String, Object>> recovered(List<Map<String, Object>> records) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Map<String, Object> record : records) {
      Map<String, Object> copy = new LinkedHashMap<>(record);
      List<Object> events = new ArrayList<>((List<?>) record.get("events"));
      events.add(event("Recover", now()));
      copy.put("events", events);
      copy.put("phase", "Not Injected");
      copy.put("recoveredCount", 1);
      result.add(copy);
    }
    return result;
  }

  /** JSON patches (RFC 6902): they replace lists, where the mock's merge patches would append to them. */
  private void patch(GenericKubernetesResource resource, String jsonPatch) {
    try {
      client.genericKubernetesResources(MockCluster.GROUP_VERSION, resource.getKind())
          .inNamespace(resource.getMetadata().getNamespace()).withName(resource.getMetadata().getName())
          .patch(PatchContext.of(PatchType.JSON), jsonPatch);
    } catch (KubernetesClientException gone) {
      log.add(resource.getKind() + "/" + resource.getMetadata().getName() + ": gone before patch");
    }
  }

  private void later(Duration delay, Runnable action) {
    worker.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static boolean paused(GenericKubernetesResource resource) {
    return "true".equals(resource.getMetadata().getAnnotations().get(ChaosMeshLabels.PAUSE));
  }

  private static Map<String, Object> event(String operation, String timestamp) {
    return Map.of("type", "Succeeded", "operation", operation, "timestamp", timestamp);
  }

  private static Map<String, String> condition(String type, boolean value) {
    return Map.of("type", type, "status", value ? "True" : "False");
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> records(Map<String, Object> status) {
    Object records = map(status.get("experiment")).get("containerRecords");
    return records instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  @Override
  public void close() {
    watches.forEach(Watch::close);
    worker.shutdownNow();
  }
}
