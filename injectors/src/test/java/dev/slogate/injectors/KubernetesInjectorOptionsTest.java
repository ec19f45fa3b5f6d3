package dev.slogate.injectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Quantity;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The backend's options read from their keys, as the coordinator will hand them over. */
class KubernetesInjectorOptionsTest {

  @Test
  void everyKeyIsReadAndTheRestKeepsItsDefault() {
    KubernetesInjectorOptions options = KubernetesInjectorOptions.fromKeys(Map.of(
        "slogate.injectors.namespace", "loadtest", "slogate.injectors.allowedNamespaces", "loadtest, perf",
        "slogate.injectors.image", "registry.example/slogate-injector:0.1.0", "slogate.injectors.cpu", "4",
        "slogate.injectors.timeout", "45m", "slogate.injectors.receiverUrl", "http://coordinator.loadtest:8642/",
        "slogate.injectors.receiverBind", "0.0.0.0:9000")::get);

    assertEquals(Set.of("loadtest", "perf"), options.allowedNamespaces());
    assertEquals(new Quantity("4"), options.cpu());
    assertEquals(KubernetesInjectorOptions.DEFAULT_MEMORY, options.memory());
    assertEquals(Duration.ofMinutes(45), options.timeout());
    assertEquals(KubernetesInjectorOptions.DEFAULT_TTL, options.ttlAfterFinished());
    assertEquals(Optional.of(URI.create("http://coordinator.loadtest:8642/")), options.receiverUrl());
    assertEquals(new InetSocketAddress("0.0.0.0", 9000), options.receiverBind());
  }

  @Test
  void aValueThatCannotBeReadNamesItsKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KubernetesInjectorOptions.fromKeys(
        Map.of("slogate.injectors.namespace", "loadtest", "slogate.injectors.allowedNamespaces", "loadtest",
            "slogate.injectors.image", "i", "slogate.injectors.ttl", "ten minutes")::get));
    assertEquals("slogate.injectors.ttl=ten minutes cannot be used: ", e.getMessage().substring(0, 50));
  }

  @Test
  void theNamespaceAndTheImageAreRequiredByName() {
    IllegalArgumentException namespace = assertThrows(IllegalArgumentException.class,
        () -> KubernetesInjectorOptions.fromKeys(Map.of("slogate.injectors.allowedNamespaces", "loadtest",
            "slogate.injectors.image", "i")::get));
    assertEquals("slogate.injectors.namespace is required with slogate.injectors.backend=kubernetes (it has no "
        + "default): see injectors/README.md", namespace.getMessage());
    IllegalArgumentException image = assertThrows(IllegalArgumentException.class,
        () -> KubernetesInjectorOptions.fromKeys(Map.of("slogate.injectors.namespace", "loadtest",
            "slogate.injectors.allowedNamespaces", "loadtest")::get));
    assertTrue(image.getMessage().startsWith("slogate.injectors.image is required"), image.getMessage());
  }
}
