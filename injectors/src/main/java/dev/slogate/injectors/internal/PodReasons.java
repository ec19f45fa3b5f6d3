package dev.slogate.injectors.internal;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the pods of one index say about it, in a few words for a Failed outcome: the container's exit code and
 * reason ({@code exit code 137 (OOMKilled)}), the pod's own reason ({@code Evicted}), or why it is still waiting
 * ({@code ImagePullBackOff}).
 */
public final class PodReasons {

  private static final int MESSAGE_LIMIT = 200;

  private final KubernetesClient client;
  private final String namespace;
  private final String jobName;

  public PodReasons(KubernetesClient client, String namespace, String jobName) {
    this.client = client;
    this.namespace = namespace;
    this.jobName = jobName;
  }

  /** The pods' state for {@code index}, or "no pod was ever created" when there is none. */
  public String of(int index) {
    List<Pod> pods;
    try {
      pods = client.pods().inNamespace(namespace).withLabel(InjectorLabels.JOB_NAME, jobName).list().getItems()
          .stream().filter(pod -> String.valueOf(index).equals(annotations(pod).get(InjectorLabels.COMPLETION_INDEX)))
          .toList();
    } catch (KubernetesClientException e) {
      return "its pods could not be read (" + e.getMessage() + ")";
    }
    if (pods.isEmpty()) {
      return "no pod of it was found";
    }
    List<String> states = new ArrayList<>();
    for (Pod pod : pods) {
      states.add("pod " + pod.getMetadata().getName() + " " + describe(pod));
    }
    return String.join("; ", states);
  }

  private static String describe(Pod pod) {
    if (pod.getStatus() == null) {
      return "has no status";
    }
    String phase = pod.getStatus().getPhase();
    for (ContainerStatus container : pod.getStatus().getContainerStatuses() == null ? List.<ContainerStatus>of()
        : pod.getStatus().getContainerStatuses()) {
      if (container.getState() != null && container.getState().getTerminated() != null) {
        ContainerStateTerminated terminated = container.getState().getTerminated();
        return phase + ", exit code " + terminated.getExitCode() + " (" + terminated.getReason() + ")"
            + message(terminated.getMessage());
      }
      if (container.getState() != null && container.getState().getWaiting() != null) {
        ContainerStateWaiting waiting = container.getState().getWaiting();
        return phase + ", waiting: " + waiting.getReason() + message(waiting.getMessage());
      }
    }
    String reason = pod.getStatus().getReason();
    return phase + (reason == null ? "" : " (" + reason + ")") + message(pod.getStatus().getMessage());
  }

  private static String message(String message) {
    if (message == null || message.isBlank()) {
      return "";
    }
    String line = message.strip().replaceAll("\\s+", " ");
    return ": " + (line.length() > MESSAGE_LIMIT ? line.substring(line.length() - MESSAGE_LIMIT) : line);
  }

  private static Map<String, String> annotations(Pod pod) {
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    return annotations == null ? Map.of() : annotations;
  }
}
