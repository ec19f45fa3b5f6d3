package dev.slogate.chaos.mesh;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode (it stores, lists, watches, patches and deletes with finalizers
 * like an API server), on loopback, with the Chaos Mesh v2.8.3 CRDs registered from the file the model is
 * generated from.
 */
final class MockCluster implements AutoCloseable {

  static final Path CRD_FILE = Path.of("src/main/crd/chaos-mesh-v2.8.3.yaml");
  static final String GROUP_VERSION = "chaos-mesh.org/v1alpha1";

  /** The mock server logs every request at INFO; held here so the level is not lost with the logger. */
  private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_SERVER_LOG.setLevel(Level.WARNING);
  }

  private static List<CustomResourceDefinition> crds;

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  MockCluster() {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    client = server.createClient();
    for (CustomResourceDefinition crd : chaosMeshCrds(client)) {
      client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    }
  }

  /** The CRDs, parsed once per JVM: the file is 3 MB. */
  static synchronized List<CustomResourceDefinition> chaosMeshCrds(KubernetesClient client) {
    if (crds == null) {
      try (InputStream in = Files.newInputStream(CRD_FILE)) {
        crds = client.load(in).items().stream().filter(CustomResourceDefinition.class::isInstance)
            .map(CustomResourceDefinition.class::cast).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return crds.stream().map(crd -> client.getKubernetesSerialization().clone(crd)).toList();
  }

  KubernetesClient client() {
    return client;
  }

  /** Creates a namespace with labels. */
  MockCluster namespace(String name, Map<String, String> labels) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).withLabels(labels)
        .endMetadata().build()).create();
    return this;
  }

  /** Creates {@code count} running pods {@code <prefix>-<i>} with {@code labels}. */
  MockCluster pods(String namespace, String prefix, int count, Map<String, String> labels) {
    for (int i = 0; i < count; i++) {
      client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata().withName(prefix + "-" + i)
          .withLabels(labels).endMetadata().withNewSpec().addNewContainer().withName("app").withImage("shop:1")
          .endContainer().endSpec().withNewStatus().withPhase("Running").endStatus().build()).create();
    }
    return this;
  }

  /** Every chaos resource of {@code kind} in {@code namespace}, as the raw JSON-like map the server stores. */
  List<GenericKubernetesResource> raw(String kind, String namespace) {
    return client.genericKubernetesResources(GROUP_VERSION, kind).inNamespace(namespace).list().getItems();
  }

  /** Creates a chaos resource from YAML, as a user or an earlier run would have. */
  HasMetadata apply(String yaml) {
    return client.resource(yaml).create();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
