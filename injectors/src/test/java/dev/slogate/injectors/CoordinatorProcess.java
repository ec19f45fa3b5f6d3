package dev.slogate.injectors;

import dev.slogate.slo.scaleout.InjectorRequest;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A coordinator in a JVM of its own, for tests that stop or kill it mid-run: it starts one injector on the API server
 * it is given and waits for it (a test's fake controller holds the index, so it waits until it is stopped).
 *
 * <p>Arguments: the API server's URL, the namespace, the run id, the records folder.
 */
public final class CoordinatorProcess {

  private CoordinatorProcess() {}

  public static void main(String[] args) {
    // Config.empty(): no kubeconfig, no service account, nothing from this machine.
    Config config = new ConfigBuilder(Config.empty()).withMasterUrl(args[0]).withNamespace(args[1]).build();
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      KubernetesInjectors injectors = new KubernetesInjectors(client, KubernetesInjectorOptions.builder()
          .namespace(args[1]).allowNamespaces(args[1]).image("slogate-injector:test")
          .receiverBind(new InetSocketAddress("127.0.0.1", 0)).timeout(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(50)).progressInterval(Duration.ofSeconds(1)).build());
      System.out.println("coordinator started");
      System.out.println(injectors.run(new InjectorRequest("Sim", args[2], 1, Instant.now().toEpochMilli(), Map.of(),
          Map.of(), Path.of(args[3]), Duration.ofMinutes(2), line -> {})));
    }
  }
}
