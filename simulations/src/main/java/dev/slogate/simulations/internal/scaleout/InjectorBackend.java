package dev.slogate.simulations.internal.scaleout;

import dev.slogate.config.OptionValues;
import dev.slogate.injectors.KubernetesInjectorOptions;
import dev.slogate.injectors.KubernetesInjectors;
import dev.slogate.slo.scaleout.InjectorLauncher;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.function.Function;

/**
 * The launcher a coordinator starts its injectors with, from {@code slogate.injectors.backend}: {@code local} forks
 * JVMs on this machine ({@link LocalInjectors}), {@code kubernetes} runs them as an Indexed Job
 * ({@link KubernetesInjectors}, with a fabric8 client configured as {@code kubectl} is: {@code KUBECONFIG},
 * {@code ~/.kube/config}, or the pod's service account). The coordinator merges and judges the same way after
 * either. Close it after the run: that deletes what the Kubernetes backend left and closes its client.
 */
public final class InjectorBackend implements AutoCloseable {

  private final InjectorLauncher launcher;
  private final AutoCloseable resources;

  private InjectorBackend(InjectorLauncher launcher, AutoCloseable resources) {
    this.launcher = launcher;
    this.resources = resources;
  }

  /**
   * @throws IllegalArgumentException in one line, naming the option, when the Kubernetes backend's options are
   *     missing or cannot be read (namespace, image; a refused allow-list is a {@code GuardrailViolation})
   */
  public static InjectorBackend open(ScaleOut role, OptionValues options) {
    return open(role, options, () -> new KubernetesClientBuilder().build());
  }

  /** With the Kubernetes client from {@code clients} (tests: a mock API server). */
  static InjectorBackend open(ScaleOut role, OptionValues options,
      java.util.function.Supplier<KubernetesClient> clients) {
    if (!ScaleOut.KUBERNETES.equals(role.backend())) {
      return new InjectorBackend(LocalInjectors.likeThisJvm(), () -> {});
    }
    Function<String, String> value = key -> options.raw(key).orElse(null);
    KubernetesInjectorOptions kubernetes = KubernetesInjectorOptions.fromKeys(value);
    KubernetesClient client = clients.get();
    KubernetesInjectors injectors = new KubernetesInjectors(client, kubernetes);
    return new InjectorBackend(injectors, () -> {
      try (client) {
        injectors.close();
      }
    });
  }

  public InjectorLauncher launcher() {
    return launcher;
  }

  /** Whether the injectors can reach this JVM's loopback time endpoint: only when they run on this machine. */
  public boolean local() {
    return launcher instanceof LocalInjectors;
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
