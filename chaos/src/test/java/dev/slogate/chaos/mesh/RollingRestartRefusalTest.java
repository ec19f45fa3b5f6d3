package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultKind;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rolling restart is the Deployment controller's job: Chaos Mesh refuses it in one line, before any call. */
class RollingRestartRefusalTest {

  private static final String REFUSAL =
      "rolling-restart is not a Chaos Mesh fault: use kubectl rollout restart deployment/<name>";

  private static ExperimentSpec roll() {
    return ExperimentSpec.builder("roll").fault(new FaultSpec.RollingRestart(Duration.ofSeconds(2), Duration.ZERO))
        .target(new KubernetesTarget("shop", Map.of("app", "web"), List.of())).selection(Selection.all())
        .duration(Duration.ofSeconds(30)).probe(ProbeSpec.of("/health")).build();
  }

  @Test
  void theBackendRefusesBeforeItTalksToTheCluster() {
    // Port 1 on loopback: nothing listens, so any request would fail with a connection error instead.
    try (KubernetesClient client = new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder().withMasterUrl("https://127.0.0.1:1").build()).build();
        ChaosMeshBackend backend = new ChaosMeshBackend(client,
            ChaosMeshOptions.builder().allowNamespaces("shop").build())) {
      ChaosException e = assertThrows(ChaosException.class, () -> backend.inject(roll(), RunContext.of("r1")));
      assertEquals(REFUSAL, e.getMessage());
    }
  }

  @Test
  void theFactoryAndTheKindTableCoverEveryKindAndRefuseOnlyTheRoll() {
    assertEquals(REFUSAL, assertThrows(ChaosException.class,
        () -> new ChaosResourceFactory().build(roll(), "n", "r")).getMessage());
    for (FaultKind kind : FaultKind.values()) {
      if (kind == FaultKind.ROLLING_RESTART) {
        assertEquals(REFUSAL, assertThrows(ChaosException.class, () -> ChaosMeshKinds.forFault(kind)).getMessage());
      } else {
        assertNotNull(ChaosMeshKinds.forFault(kind), kind.id());
      }
    }
  }
}
