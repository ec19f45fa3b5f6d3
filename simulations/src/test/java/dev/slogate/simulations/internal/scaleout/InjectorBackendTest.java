package dev.slogate.simulations.internal.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.config.OptionValues;
import dev.slogate.injectors.KubernetesInjectors;
import dev.slogate.simulations.internal.run.RunDirectory;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.scaleout.InjectorRequest;
import dev.slogate.slo.spec.SloSpecs;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's launcher follows {@code slogate.injectors.backend}: the Kubernetes backend is the Kubernetes
 * launcher, configured from the options layer. No cluster here: the client points at a closed loopback port and the
 * run is refused by the allow-list before any request is sent (the Job itself is tested on fabric8's mock API server
 * in the injectors module).
 */
class InjectorBackendTest {

  private static final Map<String, String> KUBERNETES = Map.of("slogate.injectors.count", "3",
      "slogate.injectors.backend", "kubernetes", "slogate.injectors.namespace", "loadtest",
      "slogate.injectors.allowedNamespaces", "loadtest", "slogate.injectors.image", "slogate-injector:test");

  private final AtomicInteger clientsMade = new AtomicInteger();

  private final Supplier<KubernetesClient> offline = () -> {
    clientsMade.incrementAndGet();
    return new KubernetesClientBuilder().withConfig(new ConfigBuilder(Config.empty())
        .withMasterUrl("http://127.0.0.1:1").build()).build();
  };

  private static OptionValues options(Map<String, String> values) {
    return OptionValues.of(values);
  }

  @Test
  void theKubernetesBackendChoosesTheKubernetesLauncherAndTheLocalOneForksJvms() {
    OptionValues kubernetes = options(KUBERNETES);
    try (InjectorBackend backend = InjectorBackend.open(ScaleOut.read(kubernetes), kubernetes, offline)) {
      assertInstanceOf(KubernetesInjectors.class, backend.launcher());
      assertFalse(backend.local(), "pods cannot reach the coordinator's loopback time endpoint");
    }
    assertEquals(1, clientsMade.get());

    OptionValues local = options(Map.of("slogate.injectors.count", "3"));
    try (InjectorBackend backend = InjectorBackend.open(ScaleOut.read(local), local, offline)) {
      assertInstanceOf(LocalInjectors.class, backend.launcher());
      assertTrue(backend.local());
    }
    assertEquals(1, clientsMade.get(), "no Kubernetes client for the local backend");
  }

  @Test
  void aMissingKubernetesOptionIsOneLineNamingItBeforeAnyClientIsMade() {
    Map<String, String> values = new HashMap<>(KUBERNETES);
    values.remove("slogate.injectors.image");
    OptionValues options = options(values);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InjectorBackend.open(ScaleOut.read(options), options, offline));
    assertEquals("slogate.injectors.image is required with slogate.injectors.backend=kubernetes (it has no default): "
        + "see injectors/README.md", e.getMessage());
    assertEquals(0, clientsMade.get());
  }

  @Test
  void theCoordinatorRunsItsInjectorsThroughTheKubernetesLauncher(@TempDir Path dir) {
    Map<String, String> values = new HashMap<>(KUBERNETES);
    values.put("slogate.injectors.namespace", "production");
    OptionValues options = options(values);
    RunDirectory run = RunDirectory.named(dir.resolve("slogate"), "run-k8s");
    InjectorRequest request = new InjectorRequest("dev.slogate.simulations.SteadyLoad", "run-k8s", 3,
        System.currentTimeMillis() + 60_000, Map.of("slogate.rate", "30"), Map.of("SLOGATE_SEI_TOKEN", "s3cr3t"),
        run.path().resolve("injectors"), Duration.ofMinutes(3), line -> {});
    try (InjectorBackend backend = InjectorBackend.open(ScaleOut.read(options), options, offline)) {
      GuardrailViolation refused = assertThrows(GuardrailViolation.class, () -> new Coordinator(backend.launcher(),
          Clock.systemUTC()).run(request, run, SloSpecs.source("reference-stack"), GatePolicy.DEFAULT, null));
      assertEquals("Namespace 'production' is not on the injectors' allow-list [loadtest], so no injector Job is "
          + "created there; allow it with slogate.injectors.allowedNamespaces=production if load may be started from "
          + "it.", refused.getMessage());
    }
    assertFalse(Files.exists(run.path().resolve("injectors")), "nothing started, nothing received");
  }
}
