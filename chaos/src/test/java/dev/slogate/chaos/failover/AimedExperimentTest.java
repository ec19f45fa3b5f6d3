package dev.slogate.chaos.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import dev.slogate.slo.chaos.ProbeSample;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A target that takes its pod from the probe is aimed at the pod the probe named last, just before the kill. */
class AimedExperimentTest {

  private static ExperimentSpec killLeader(boolean podFromProbe) {
    return ExperimentSpec.builder("kill-leader").fault(new FaultSpec.PodKill(Duration.ZERO))
        .target(new KubernetesTarget("fleet-q", Map.of("app", "fleet-q"), List.of(), podFromProbe, Optional.empty()))
        .selection(Selection.one()).duration(Duration.ofSeconds(60))
        .probe(new ProbeSpec("/admin/leader", Duration.ofSeconds(1), Duration.ofSeconds(5), 200, Optional.of("/leaderPod")))
        .build();
  }

  @Test
  void thePodIsTheLastOneTheProbeNamed() {
    List<ProbeSample> samples = List.of(new ProbeSample(0, 900, true, 200, "fleet-q-a"),
        new ProbeSample(1_000, 900, true, 200, "fleet-q-b"), new ProbeSample(2_000, 5_000_000, false, 0, null));
    ExperimentSpec aimed = ExperimentRunner.aimed(killLeader(true), samples);
    assertEquals(Optional.of("fleet-q-b"), ((KubernetesTarget) aimed.target()).pod());
    assertEquals("kill-leader", aimed.name());
  }

  @Test
  void aTargetByLabelsIsLeftAsItIs() {
    ExperimentSpec byLabels = killLeader(false);
    assertSame(byLabels, ExperimentRunner.aimed(byLabels, List.of(new ProbeSample(0, 900, true, 200, "fleet-q-a"))));
  }

  @Test
  void withoutAnyNamedPodNothingIsKilled() {
    ChaosException e = assertThrows(ChaosException.class, () -> ExperimentRunner.aimed(killLeader(true),
        List.of(new ProbeSample(0, 5_000_000, false, 0, null))));
    assertEquals("Experiment kill-leader breaks the pod its probe names, and GET /admin/leader has not named one yet "
        + "(1 probes so far).", e.getMessage());
  }
}
