package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import org.chaos_mesh.v1alpha1.HTTPChaos;
import org.chaos_mesh.v1alpha1.NetworkChaos;
import org.chaos_mesh.v1alpha1.PodChaos;
import org.chaos_mesh.v1alpha1.Schedule;
import org.chaos_mesh.v1alpha1.StressChaos;
import org.chaos_mesh.v1alpha1.Workflow;
import org.junit.jupiter.api.Test;

/** The mock API server knows the Chaos Mesh kinds, and the generated classes agree with the CRDs. */
class CrdRegistrationTest {

  @Test
  void theChaosMeshCrdsAreRegisteredAndMatchTheGeneratedModel() {
    try (MockCluster cluster = new MockCluster()) {
      List<CustomResourceDefinition> crds =
          cluster.client().apiextensions().v1().customResourceDefinitions().list().getItems();
      assertEquals(23, crds.size(), "every CRD of Chaos Mesh v2.8.3");
      for (Class<? extends HasMetadata> type : List.of(PodChaos.class, NetworkChaos.class, StressChaos.class,
          HTTPChaos.class, Schedule.class, Workflow.class)) {
        CustomResourceDefinition crd = cluster.client().apiextensions().v1().customResourceDefinitions()
            .withName(HasMetadata.getFullResourceName(type)).get();
        assertEquals(HasMetadata.getKind(type), crd.getSpec().getNames().getKind());
        assertEquals("Namespaced", crd.getSpec().getScope());
        CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);
        assertEquals(HasMetadata.getVersion(type), version.getName());
        assertTrue(version.getStorage());
        // Generic access finds a kind through API discovery, which the mock answers from the registered CRDs.
        assertEquals(List.of(), cluster.client().genericKubernetesResources(MockCluster.GROUP_VERSION,
            HasMetadata.getKind(type)).inNamespace("any").list().getItems());
      }
      assertThrows(KubernetesClientException.class, () -> cluster.client()
          .genericKubernetesResources(MockCluster.GROUP_VERSION, "NoSuchChaos").inNamespace("any").list());
    }
  }
}
