package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pods in one namespace, selected by labels (all must match).
 *
 * @param namespace the pods' namespace
 * @param labels label selector, never empty: an empty one would select every pod in the namespace
 * @param containers container names; required for container-kill, optional for stress faults
 * @param podFromProbe the pod to break is the one the experiment's probe names: the value its
 *     {@code expectChanged} pointer read last before the injection (FLEET-Q's {@code /admin/leader} names the
 *     leader, and only the leader is to be killed). The labels still have to match it.
 * @param pod that pod's name, once the runner has read it from the probe; empty in a spec as written
 */
public record KubernetesTarget(String namespace, Map<String, String> labels, List<String> containers,
    boolean podFromProbe, Optional<String> pod) implements TargetSpec {

  public KubernetesTarget {
    KubernetesNames.checkDnsLabel("namespace", namespace, "namespace name");
    required(labels, "labels");
    require(!labels.isEmpty(), "labels",
        "needs at least one label: without labels the fault would hit every pod in the namespace");
    labels.forEach((key, value) -> KubernetesNames.checkLabel("labels", key, value));
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    containers = List.copyOf(required(containers, "containers"));
    containers.forEach(container -> KubernetesNames.checkDnsLabel("containers", container, "container name"));
    required(pod, "pod");
    pod.ifPresent(name -> KubernetesNames.checkDnsLabel("pod", name, "pod name", 253));
  }

  /** Pods selected by labels alone. */
  public KubernetesTarget(String namespace, Map<String, String> labels, List<String> containers) {
    this(namespace, labels, containers, false, Optional.empty());
  }

  /** The same target narrowed to the one pod the probe named. */
  public KubernetesTarget withPod(String name) {
    return new KubernetesTarget(namespace, labels, containers, podFromProbe, Optional.of(name));
  }

  @JsonCreator
  static KubernetesTarget of(@JsonProperty("namespace") String namespace,
      @JsonProperty("labels") Map<String, String> labels, @JsonProperty("containers") List<String> containers,
      @JsonProperty("podFromProbe") Boolean podFromProbe) {
    return new KubernetesTarget(namespace, labels, containers == null ? List.of() : containers,
        podFromProbe != null && podFromProbe, Optional.empty());
  }
}
