package dev.slogate.chaos.mesh;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Objects;

/**
 * Names one Chaos Mesh resource: {@code PodChaos shop/slogate-kill-1a2b3c4d-1}.
 *
 * @param kind the Chaos Mesh kind, e.g. {@code PodChaos}
 * @param namespace its namespace
 * @param name its name
 */
public record ChaosResourceRef(String kind, String namespace, String name) {

  public ChaosResourceRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  public static ChaosResourceRef of(HasMetadata resource) {
    return new ChaosResourceRef(resource.getKind(), resource.getMetadata().getNamespace(),
        resource.getMetadata().getName());
  }

  @Override
  public String toString() {
    return kind + " " + namespace + "/" + name;
  }
}
