package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pods in one namespace, selected by labels (all must match).
 *
 * @param namespace the pods' namespace
 * @param labels label selector, never empty: an empty one would select every pod in the namespace
 * @param containers container names; required for container-kill, optional for stress faults
 */
public record KubernetesTarget(String namespace, Map<String, String> labels, List<String> containers)
    implements TargetSpec {

  public KubernetesTarget {
    KubernetesNames.checkDnsLabel("namespace", namespace, "namespace name");
    required(labels, "labels");
    require(!labels.isEmpty(), "labels",
        "needs at least one label: without labels the fault would hit every pod in the namespace");
    labels.forEach((key, value) -> KubernetesNames.checkLabel("labels", key, value));
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    containers = List.copyOf(required(containers, "containers"));
    containers.forEach(container -> KubernetesNames.checkDnsLabel("containers", container, "container name"));
  }

  @JsonCreator
  static KubernetesTarget of(@JsonProperty("namespace") String namespace,
      @JsonProperty("labels") Map<String, String> labels, @JsonProperty("containers") List<String> containers) {
    return new KubernetesTarget(namespace, labels, containers == null ? List.of() : containers);
  }
}
