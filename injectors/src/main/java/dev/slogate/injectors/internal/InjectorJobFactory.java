package dev.slogate.injectors.internal;

import dev.slogate.injectors.InjectorOptionKeys;
import dev.slogate.injectors.KubernetesInjectorOptions;
import dev.slogate.slo.scaleout.InjectorRequest;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a run's Kubernetes objects: the Indexed Job of N injector pods, and the Secret its pods read the upload
 * token and the target's tokens from (by reference: no token is ever in the Job's spec).
 */
public final class InjectorJobFactory {

  /** Where the pod's run writes: an emptyDir, so that a read-only root file system is fine. */
  public static final String POD_WORK_DIR = "/slogate";
  public static final String POD_OUTPUT = POD_WORK_DIR + "/out";
  public static final String POD_GATLING_RESULTS = POD_WORK_DIR + "/gatling";
  public static final String CONTAINER = "injector";

  /**
   * Set by the factory, never copied from the request's options: the coordinator's own paths mean nothing in a pod,
   * the simulation is set once, and the per-run keys are the run's and each pod's own (as the local backend sets
   * them over the options too).
   */
  private static final List<String> POD_LOCAL_KEYS =
      List.of(InjectorOptionKeys.OUTPUT, InjectorOptionKeys.GATLING_RESULTS, InjectorOptionKeys.SIMULATION);

  private final KubernetesInjectorOptions options;

  public InjectorJobFactory(KubernetesInjectorOptions options) {
    this.options = options;
  }

  /** The Job's (and the Secret's) name: DNS-1123, at most 59 characters, distinct for distinct run ids. */
  public static String jobName(String runId) {
    String clean = runId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (clean.length() > 40) {
      clean = clean.substring(0, 40);
    }
    clean = clean.replaceAll("-+$", "");
    byte[] hash = sha256(runId);
    return "slogate-inj-" + clean + "-" + HexFormat.of().formatHex(hash, 0, 3);
  }

  /** The Secret holding the upload token and the request's secrets, one key per environment variable. */
  public Secret secret(InjectorRequest request, String uploadToken) {
    Map<String, String> data = new LinkedHashMap<>(request.secrets());
    data.put(InjectorOptionKeys.UPLOAD_TOKEN_ENV, uploadToken);
    return new SecretBuilder().withNewMetadata().withName(jobName(request.runId())).withNamespace(options.namespace())
        .withLabels(InjectorLabels.of(request.runId())).endMetadata()
        .withType("Opaque").withStringData(data).build();
  }

  /**
   * The Indexed Job.
   *
   * @param timeout how long the coordinator waits: the Job's {@code activeDeadlineSeconds}, the cluster's own bound
   * @param perIndexBackoff whether the cluster honours {@code backoffLimitPerIndex} ({@link ServerFeatures}): then
   *     one failed index does not stop the others, and Kubernetes lists it in {@code status.failedIndexes}
   * @param receiverUrl where the pods send their run folders
   */
  public Job job(InjectorRequest request, Duration timeout, boolean perIndexBackoff, URI receiverUrl) {
    String name = jobName(request.runId());
    Map<String, String> labels = InjectorLabels.of(request.runId());
    Map<String, Quantity> resources = Map.of("cpu", options.cpu(), "memory", options.memory());
    JobSpecBuilder spec = new JobSpecBuilder()
        .withCompletionMode("Indexed")
        .withCompletions(request.count())
        .withParallelism(request.count())
        .withTtlSecondsAfterFinished(Math.toIntExact(options.ttlAfterFinished().toSeconds()))
        // The cluster's own bound, should the coordinator die and nobody sweep.
        .withActiveDeadlineSeconds(Math.max(1, timeout.toSeconds()));
    // No retry: an injector started again starts late, after the shared startAt, and cannot replay its share of the
    // plan at the epoch seconds the others ran it. A failed index stays failed, and the merge names it.
    if (perIndexBackoff) {
      spec.withBackoffLimitPerIndex(0);
    } else {
      spec.withBackoffLimit(0);
    }
    return new JobBuilder()
        .withNewMetadata().withName(name).withNamespace(options.namespace()).withLabels(labels).endMetadata()
        .withSpec(spec
            .withNewTemplate()
            .withNewMetadata().withLabels(labels).endMetadata()
            .withNewSpec()
            .withRestartPolicy("Never")
            // The injector needs no access to the API server.
            .withAutomountServiceAccountToken(false)
            .addNewContainer()
            .withName(CONTAINER)
            .withImage(options.image())
            .withEnv(environment(request, name, receiverUrl))
            .withNewResources().withRequests(resources).withLimits(resources).endResources()
            .withTerminationMessagePolicy("FallbackToLogsOnError")
            .addNewVolumeMount().withName("work").withMountPath(POD_WORK_DIR).endVolumeMount()
            .endContainer()
            .addNewVolume().withName("work").withNewEmptyDir().endEmptyDir().endVolume()
            .endSpec()
            .endTemplate()
            .build())
        .build();
  }

  private List<EnvVar> environment(InjectorRequest request, String secretName, URI receiverUrl) {
    List<EnvVar> env = new ArrayList<>();
    env.add(plain(InjectorOptionKeys.RUN_ID, request.runId()));
    env.add(plain(InjectorOptionKeys.START_AT, Long.toString(request.startAtMillis())));
    env.add(plain(InjectorOptionKeys.COUNT, Integer.toString(request.count())));
    // The pod's index, from the annotation Kubernetes gives each pod of an Indexed Job (the same number as
    // JOB_COMPLETION_INDEX, under the options layer's name).
    env.add(new EnvVarBuilder().withName(InjectorOptionKeys.environmentName(InjectorOptionKeys.INDEX))
        .withNewValueFrom().withNewFieldRef().withFieldPath("metadata.annotations['" + InjectorLabels.COMPLETION_INDEX
            + "']").endFieldRef().endValueFrom().build());
    env.add(plain(InjectorOptionKeys.RECEIVER_URL, receiverUrl.toString()));
    env.add(plain(InjectorOptionKeys.SIMULATION, request.simulation()));
    env.add(plain(InjectorOptionKeys.OUTPUT, POD_OUTPUT));
    env.add(plain(InjectorOptionKeys.GATLING_RESULTS, POD_GATLING_RESULTS));
    request.options().forEach((key, value) -> {
      if (!POD_LOCAL_KEYS.contains(key) && !InjectorOptionKeys.PER_RUN.contains(key)) {
        env.add(plain(key, value));
      }
    });
    for (String variable : request.secrets().keySet()) {
      env.add(secretRef(variable, secretName));
    }
    env.add(secretRef(InjectorOptionKeys.UPLOAD_TOKEN_ENV, secretName));
    return env;
  }

  private static EnvVar plain(String key, String value) {
    return new EnvVarBuilder().withName(InjectorOptionKeys.environmentName(key)).withValue(value).build();
  }

  private static EnvVar secretRef(String variable, String secretName) {
    return new EnvVarBuilder().withName(variable).withNewValueFrom().withNewSecretKeyRef().withName(secretName)
        .withKey(variable).endSecretKeyRef().endValueFrom().build();
  }

  private static byte[] sha256(String text) {
    MessageDigest digest = RecordArchive.sha256();
    return digest.digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
