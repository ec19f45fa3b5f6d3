package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.HttpMatch;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.chaos_mesh.v1alpha1.PodChaos;
import org.chaos_mesh.v1alpha1.PodChaosSpec;
import org.junit.jupiter.api.Test;

/**
 * The resources are what Chaos Mesh v2.8 expects, compared as whole JSON documents: apiVersion, kind,
 * labels, and every spec field (a stray or missing field fails, not only a wrong getter).
 */
class ChaosResourceFactoryTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KubernetesTarget TARGET =
      new KubernetesTarget("shop", Map.of("app", "checkout", "tier", "web"), List.of("app"));
  private static final String METADATA = "\"metadata\":{\"name\":\"slogate-x-1\",\"namespace\":\"shop\",\"labels\":{"
      + "\"app.kubernetes.io/managed-by\":\"slogate\",\"slogate.dev/run-id\":\"run-42\",\"slogate.dev/experiment\":\"x\"}}";
  private static final String SELECTION = "\"mode\":\"fixed-percent\",\"value\":\"30\",\"duration\":\"1m30s\","
      + "\"selector\":{\"namespaces\":[\"shop\"],\"labelSelectors\":{\"app\":\"checkout\",\"tier\":\"web\"}}";

  private static HasMetadata build(FaultSpec fault) {
    ExperimentSpec experiment = ExperimentSpec.builder("x").fault(fault).target(TARGET)
        .selection(Selection.fixedPercent(30)).duration(Duration.ofSeconds(90)).probe(ProbeSpec.of("/health"))
        .build();
    return new ChaosResourceFactory().build(experiment, "slogate-x-1", "run-42");
  }

  private static void assertJson(String kind, String spec, HasMetadata resource) throws Exception {
    JsonNode expected = JSON.readTree("{\"apiVersion\":\"chaos-mesh.org/v1alpha1\",\"kind\":\"" + kind + "\","
        + METADATA + ",\"spec\":{" + SELECTION + "," + spec + "}}");
    assertEquals(expected, JSON.readTree(Serialization.asJson(resource)));
  }

  @Test
  void podKill() throws Exception {
    HasMetadata resource = build(new FaultSpec.PodKill(Duration.ofSeconds(5)));
    assertJson("PodChaos", "\"action\":\"pod-kill\",\"gracePeriod\":5", resource);
    // The typed model is the generated one, not a map.
    PodChaos typed = (PodChaos) resource;
    assertEquals(PodChaosSpec.Action.PODKILL, typed.getSpec().getAction());
    assertEquals(PodChaosSpec.Mode.FIXEDPERCENT, typed.getSpec().getMode());
  }

  @Test
  void aTargetNamingItsPodSelectsThatPodAndItsLabelsBoth() throws Exception {
    KubernetesTarget leader = new KubernetesTarget("fleet-q", Map.of("app", "fleet-q"), List.of(), true,
        java.util.Optional.empty()).withPod("fleet-q-7d9f8b6c4-x2k9p");
    ExperimentSpec experiment = ExperimentSpec.builder("kill-leader").fault(new FaultSpec.PodKill(Duration.ZERO))
        .target(leader).selection(Selection.one()).duration(Duration.ofSeconds(60))
        .probe(new ProbeSpec("/admin/leader", Duration.ofSeconds(1), Duration.ofSeconds(5), 200,
            java.util.Optional.of("/leaderPod"))).build();
    JsonNode selector = JSON.readTree(Serialization.asJson(new ChaosResourceFactory().build(experiment, "slogate-k-1",
        "run-42"))).path("spec").path("selector");
    assertEquals(JSON.readTree("{\"namespaces\":[\"fleet-q\"],\"labelSelectors\":{\"app\":\"fleet-q\"},"
        + "\"pods\":{\"fleet-q\":[\"fleet-q-7d9f8b6c4-x2k9p\"]}}"), selector);
  }

  @Test
  void podFailure() throws Exception {
    assertJson("PodChaos", "\"action\":\"pod-failure\"", build(new FaultSpec.PodFailure()));
  }

  @Test
  void containerKill() throws Exception {
    assertJson("PodChaos", "\"action\":\"container-kill\",\"containerNames\":[\"app\"]",
        build(new FaultSpec.ContainerKill()));
  }

  @Test
  void networkDelay() throws Exception {
    assertJson("NetworkChaos", "\"action\":\"delay\",\"direction\":\"to\","
        + "\"delay\":{\"latency\":\"200ms\",\"jitter\":\"20ms\",\"correlation\":\"25\"}",
        build(new FaultSpec.NetworkDelay(Duration.ofMillis(200), Duration.ofMillis(20), 25)));
  }

  @Test
  void networkLoss() throws Exception {
    assertJson("NetworkChaos", "\"action\":\"loss\",\"direction\":\"to\",\"loss\":{\"loss\":\"12.5\",\"correlation\":\"0\"}",
        build(new FaultSpec.NetworkLoss(12.5, 0)));
  }

  @Test
  void networkPartitionFromPeersAndExternalTargets() throws Exception {
    assertJson("NetworkChaos", "\"action\":\"partition\",\"direction\":\"both\",\"externalTargets\":[\"10.0.0.1\"],"
        + "\"target\":{\"mode\":\"all\",\"selector\":{\"namespaces\":[\"shop\"],\"labelSelectors\":{\"app\":\"db\"}}}",
        build(new FaultSpec.NetworkPartition(FaultSpec.Direction.BOTH, Map.of("app", "db"), List.of("10.0.0.1"))));
  }

  @Test
  void cpuStress() throws Exception {
    assertJson("StressChaos", "\"containerNames\":[\"app\"],\"stressors\":{\"cpu\":{\"workers\":2,\"load\":80}}",
        build(new FaultSpec.CpuStress(2, 80)));
  }

  @Test
  void memoryStress() throws Exception {
    assertJson("StressChaos", "\"containerNames\":[\"app\"],"
        + "\"stressors\":{\"memory\":{\"workers\":1,\"size\":\"256MB\",\"oomScoreAdj\":0}}",
        build(new FaultSpec.MemoryStress(1, "256MB")));
  }

  @Test
  void httpAbort() throws Exception {
    assertJson("HTTPChaos", "\"target\":\"Request\",\"port\":8080,\"path\":\"/api/*\",\"method\":\"POST\",\"abort\":true",
        build(new FaultSpec.HttpAbort(new HttpMatch(OptionalInt.of(8080), "/api/*", Optional.of("POST"),
            HttpMatch.Phase.REQUEST, OptionalInt.empty()))));
  }

  @Test
  void httpDelayOfResponsesWithAStatus() throws Exception {
    assertJson("HTTPChaos", "\"target\":\"Response\",\"port\":8080,\"path\":\"*\",\"code\":503,\"delay\":\"1s\"",
        build(new FaultSpec.HttpDelay(new HttpMatch(OptionalInt.of(8080), "*", Optional.empty(),
            HttpMatch.Phase.RESPONSE, OptionalInt.of(503)), Duration.ofSeconds(1))));
  }

  @Test
  void modesOneAndAllCarryNoValue() throws Exception {
    for (Selection selection : List.of(Selection.one(), Selection.all())) {
      ExperimentSpec experiment = ExperimentSpec.builder("x").fault(new FaultSpec.PodFailure()).target(TARGET)
          .selection(selection).duration(Duration.ofSeconds(30)).probe(ProbeSpec.of("/health")).build();
      JsonNode spec = JSON.readTree(Serialization.asJson(new ChaosResourceFactory().build(experiment, "n", "r")))
          .path("spec");
      assertEquals(selection.mode().id(), spec.path("mode").asText());
      assertTrue(spec.path("value").isMissingNode(), spec.toString());
    }
  }

  @Test
  void namesAreValidDnsLabelsWhateverTheRunId() {
    ExperimentSpec experiment = ExperimentSpec.builder("a-forty-character-experiment-name-xxxxxx")
        .fault(new FaultSpec.PodFailure()).target(TARGET).duration(Duration.ofSeconds(30))
        .probe(ProbeSpec.of("/health")).build();
    String name = ChaosResourceFactory.resourceName(experiment, "Run_2026.11.24-UPPER", 12345);
    assertTrue(name.matches("slogate-a-forty-character-experiment-name-xxxxxx-[0-9a-f]{8}-12345"), name);
    assertTrue(name.length() <= 63, name);
  }
}
