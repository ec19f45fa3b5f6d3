package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.FaultKind;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import org.chaos_mesh.v1alpha1.DNSChaos;
import org.chaos_mesh.v1alpha1.HTTPChaos;
import org.chaos_mesh.v1alpha1.IOChaos;
import org.chaos_mesh.v1alpha1.JVMChaos;
import org.chaos_mesh.v1alpha1.KernelChaos;
import org.chaos_mesh.v1alpha1.NetworkChaos;
import org.chaos_mesh.v1alpha1.PodChaos;
import org.chaos_mesh.v1alpha1.Schedule;
import org.chaos_mesh.v1alpha1.StressChaos;
import org.chaos_mesh.v1alpha1.TimeChaos;
import org.chaos_mesh.v1alpha1.Workflow;

/** Which generated Chaos Mesh class carries which fault, and which kinds a sweep looks through. */
final class ChaosMeshKinds {

  /**
   * Every namespaced Chaos Mesh kind that can hold a fault, including the ones slogate does not create
   * today (Schedule and Workflow spawn chaos of their own): a sweep must not miss a leftover because a
   * later version of slogate created a kind this one does not know.
   */
  static final List<Class<? extends HasMetadata>> SWEPT = List.of(PodChaos.class, NetworkChaos.class,
      StressChaos.class, HTTPChaos.class, IOChaos.class, TimeChaos.class, DNSChaos.class, JVMChaos.class,
      KernelChaos.class, Schedule.class, Workflow.class);

  private ChaosMeshKinds() {}

  static Class<? extends HasMetadata> forFault(FaultKind kind) {
    return switch (kind) {
      case POD_KILL, POD_FAILURE, CONTAINER_KILL -> PodChaos.class;
      case NETWORK_DELAY, NETWORK_LOSS, NETWORK_PARTITION -> NetworkChaos.class;
      case CPU_STRESS, MEMORY_STRESS -> StressChaos.class;
      case HTTP_ABORT, HTTP_DELAY -> HTTPChaos.class;
      case ROLLING_RESTART -> throw new ChaosException(ROLLING_RESTART_REFUSAL);
    };
  }

  /** A rolling restart is the Deployment controller's job: the backend starts it, no Chaos Mesh resource does. */
  static final String ROLLING_RESTART_REFUSAL =
      "rolling-restart is not a Chaos Mesh resource: the backend restarts the Deployment itself (DeploymentRestarts)";

  static Class<? extends HasMetadata> forKind(String kind) {
    return SWEPT.stream().filter(type -> HasMetadata.getKind(type).equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a Chaos Mesh kind slogate handles: " + kind));
  }

  static Resource<HasMetadata> resource(KubernetesClient client, ChaosResourceRef ref) {
    return operation(client, forKind(ref.kind())).inNamespace(ref.namespace()).withName(ref.name());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static MixedOperation<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>> operation(
      KubernetesClient client, Class<? extends HasMetadata> type) {
    return (MixedOperation) client.resources(type);
  }
}
