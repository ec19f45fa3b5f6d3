package dev.slogate.injectors;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server in CRUD mode (it stores, lists, watches, patches and deletes like an API server), on
 * loopback, answering {@code /version} with the Kubernetes version a test chooses. It has no controllers: a
 * {@link FakeJobController} plays the Job controller and the pods.
 */
final class MockCluster implements AutoCloseable {

  /** The mock server logs every request at INFO; held here so the level is not lost with the logger. */
  private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_SERVER_LOG.setLevel(Level.WARNING);
  }

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  /** A cluster of Kubernetes {@code 1.<minor>}. */
  MockCluster(int minor) {
    // The mixed dispatcher answers the server's own expectations (/version) and stores everything else.
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
        new KubernetesMixedDispatcher(responses), false,
        new VersionInfo.Builder().withMajor("1").withMinor(Integer.toString(minor)).build());
    server.init(InetAddress.getLoopbackAddress(), 0);
    client = server.createClient();
  }

  KubernetesClient client() {
    return client;
  }

  /** The API server's URL, for a client in another JVM. */
  String url() {
    return client.getMasterUrl().toString();
  }

  MockCluster namespace(String name) {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return this;
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
