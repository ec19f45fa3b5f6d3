package dev.slogate.injectors;

import dev.slogate.injectors.internal.InjectorJobFactory;
import dev.slogate.injectors.internal.InjectorLabels;
import dev.slogate.injectors.internal.JobProgress;
import dev.slogate.injectors.internal.RecordArchive;
import dev.slogate.injectors.internal.RecordUploader;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Plays Kubernetes' Job controller and the injector pods against the mock API server: for each new Indexed Job it
 * creates one pod per index (annotated with its completion index, as Kubernetes does), plays what the pod's
 * {@link PodEntrypoint} does after its run (zips a small run folder and sends it with the real
 * {@link RecordUploader} to the receiver URL in the pod's environment, with the token from the Secret the
 * environment refers to), then marks the pod Succeeded or Failed and writes the Job's status the way the Job
 * controller does ({@code completedIndexes}, {@code failedIndexes} with per-index backoff, the {@code Complete} or
 * {@code Failed} condition). A deleted Job's pods are deleted, as the garbage collector would.
 *
 * <p>Knobs choose what each index does. Every Job it saw is kept, as created, in {@link #jobs()}.
 */
final class FakeJobController implements AutoCloseable {

  enum Behaviour {
    /** Runs, delivers its record, succeeds. */
    COMPLETE,
    /** Its run crashes: exit code 1, no record. */
    FAIL,
    /** Sends a record whose declared SHA-256 is wrong; the receiver refuses it and the pod fails. */
    CORRUPT,
    /** Succeeds without sending anything (a broken image). */
    SILENT,
    /** Stays Running (an injector that hangs, or a pod that cannot be scheduled). */
    HOLD
  }

  private final KubernetesClient client;
  private final String namespace;
  private final Map<Integer, Behaviour> behaviours = new ConcurrentHashMap<>();
  private final List<Job> jobs = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final ExecutorService pods = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "fake-injector-pod");
    thread.setDaemon(true);
    return thread;
  });
  private final Watch watch;
  private final Path scratch;

  FakeJobController(KubernetesClient client, String namespace, Path scratch) {
    this.client = client;
    this.namespace = namespace;
    this.scratch = scratch;
    this.watch = client.batch().v1().jobs().inNamespace(namespace).watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, Job job) {
        if (action == Action.ADDED && seen.add(job.getMetadata().getUid())) {
          jobs.add(job);
          pods.execute(() -> start(job));
        } else if (action == Action.DELETED) {
          pods.execute(() -> collect(job));
        }
      }

      @Override
      public void onClose(WatcherException cause) {}
    });
  }

  FakeJobController behave(int index, Behaviour behaviour) {
    behaviours.put(index, behaviour);
    return this;
  }

  /** Every Job it saw, as it was created. */
  List<Job> jobs() {
    return List.copyOf(jobs);
  }

  /** What it did, in order, for the messages of failing tests. */
  List<String> log() {
    return List.copyOf(log);
  }

  private void start(Job job) {
    int count = job.getSpec().getCompletions();
    for (int index = 0; index < count; index++) {
      int i = index;
      pods.execute(() -> {
        try {
          runPod(job, i);
        } catch (RuntimeException e) {
          log.add("index " + i + ": controller error " + e);
        }
      });
    }
  }

  private void runPod(Job job, int index) {
    String podName = job.getMetadata().getName() + "-" + index + "-abcde";
    Pod pod = client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(podName)
        .withLabels(Map.of(InjectorLabels.JOB_NAME, job.getMetadata().getName()))
        .withAnnotations(Map.of(InjectorLabels.COMPLETION_INDEX, Integer.toString(index))).endMetadata()
        .withSpec(job.getSpec().getTemplate().getSpec())
        .withNewStatus().withPhase("Running").endStatus().build()).create();
    Behaviour behaviour = behaviours.getOrDefault(index, Behaviour.COMPLETE);
    log.add("index " + index + ": " + behaviour);
    switch (behaviour) {
      case HOLD -> {
        return;
      }
      case FAIL -> finish(job, pod, index, 1, "Error", "java.lang.OutOfMemoryError: Java heap space");
      case SILENT -> finish(job, pod, index, 0, "Completed", null);
      case COMPLETE, CORRUPT -> {
        RecordUploader.Result result = deliver(job, index, behaviour == Behaviour.CORRUPT);
        log.add("index " + index + ": upload " + result);
        if (result.stored()) {
          finish(job, pod, index, 0, "Completed", null);
        } else {
          finish(job, pod, index, PodEntrypoint.NOT_DELIVERED, "Error", "record NOT delivered: " + result.detail());
        }
      }
    }
  }

  /** What {@link PodEntrypoint} does after the run: zip the output folder and send it. */
  private RecordUploader.Result deliver(Job job, int index, boolean corrupt) {
    Map<String, EnvVar> env = job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .collect(Collectors.toMap(EnvVar::getName, e -> e));
    try {
      Path output = Files.createDirectories(scratch.resolve(job.getMetadata().getUid() + "/" + index + "/out"));
      Path runFolder = Files.createDirectories(output.resolve(env.get("SLOGATE_RUN_ID").getValue()));
      Files.writeString(runFolder.resolve("run-record.json"), "{\"injector\":" + index + "}");
      Files.writeString(runFolder.resolve("plan.json"), "{\"share\":\"" + index + "/"
          + env.get("SLOGATE_INJECTORS_COUNT").getValue() + "\"}");
      Path archive = output.resolveSibling("record.zip");
      try (OutputStream out = Files.newOutputStream(archive)) {
        RecordArchive.zip(output, out);
      }
      byte[] sha256 = RecordArchive.sha256(archive);
      if (corrupt) {
        sha256[0] ^= 1;
      }
      URI receiver = URI.create(env.get("SLOGATE_INJECTORS_RECEIVER_URL").getValue());
      return new RecordUploader(2, Duration.ofMillis(10), duration -> {})
          .send(RecordUploader.recordUri(receiver, env.get("SLOGATE_RUN_ID").getValue(), index),
              token(env.get("SLOGATE_UPLOAD_TOKEN")), archive, sha256);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upload token, read from the Secret the pod's environment refers to. */
  private String token(EnvVar reference) {
    String secretName = reference.getValueFrom().getSecretKeyRef().getName();
    String key = reference.getValueFrom().getSecretKeyRef().getKey();
    Secret secret = client.secrets().inNamespace(namespace).withName(secretName).get();
    if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
      return secret.getStringData().get(key);
    }
    return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
  }

  private synchronized void finish(Job job, Pod pod, int index, int exitCode, String reason, String message) {
    boolean failed = exitCode != 0;
    try {
      client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).editStatus(p -> new PodBuilder(p)
          .editStatus().withPhase(failed ? "Failed" : "Succeeded")
          .withContainerStatuses(new ContainerStatusBuilder().withName(InjectorJobFactory.CONTAINER).withNewState()
              .withNewTerminated().withExitCode(exitCode).withReason(reason).withMessage(message).endTerminated()
              .endState().build())
          .endStatus().build());
      client.batch().v1().jobs().inNamespace(namespace).withName(job.getMetadata().getName()).editStatus(current -> {
        JobStatus status = current.getStatus() == null ? new JobStatus() : current.getStatus();
        int count = current.getSpec().getCompletions();
        Set<Integer> completed = parse(status.getCompletedIndexes());
        Set<Integer> failedIndexes = parse(status.getFailedIndexes());
        if (failed) {
          failedIndexes.add(index);
          status.setFailed((status.getFailed() == null ? 0 : status.getFailed()) + 1);
        } else {
          completed.add(index);
          status.setSucceeded((status.getSucceeded() == null ? 0 : status.getSucceeded()) + 1);
        }
        status.setCompletedIndexes(format(completed));
        boolean perIndex = current.getSpec().getBackoffLimitPerIndex() != null;
        if (perIndex) {
          status.setFailedIndexes(format(failedIndexes));
        }
        if (failed && !perIndex) {
          status.getConditions().add(new JobConditionBuilder().withType("Failed").withStatus("True")
              .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit").build());
        } else if (completed.size() == count) {
          status.getConditions().add(new JobConditionBuilder().withType("Complete").withStatus("True").build());
        } else if (completed.size() + failedIndexes.size() == count) {
          status.getConditions().add(new JobConditionBuilder().withType("Failed").withStatus("True")
              .withReason("FailedIndexes").withMessage("Job has failed indexes").build());
        }
        current.setStatus(status);
        return current;
      });
      log.add("index " + index + ": " + (failed ? "failed" : "succeeded"));
    } catch (KubernetesClientException gone) {
      log.add("index " + index + ": Job gone before its status was written");
    }
  }

  /** The garbage collector's part: a deleted Job's pods go with it. */
  private void collect(Job job) {
    client.pods().inNamespace(namespace).withLabel(InjectorLabels.JOB_NAME, job.getMetadata().getName()).delete();
    log.add("Job " + job.getMetadata().getName() + " deleted, pods collected");
  }

  private static Set<Integer> parse(String ranges) {
    return new TreeSet<>(JobProgress.ranges(ranges, Integer.MAX_VALUE));
  }

  /** Kubernetes' interval list, without merging runs: "0,1,3" is as valid as "0-1,3". */
  private static String format(Set<Integer> indexes) {
    return indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    watch.close();
    pods.shutdownNow();
  }
}
