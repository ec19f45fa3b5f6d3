package dev.slogate.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several populations, closed models and scale factors, as the run plan sees them. */
class WorkloadTest {

  static final ScenarioBuilder A = scenario("a");
  static final ScenarioBuilder B = scenario("b");

  @Test
  void aSingleOpenPopulationIsTheDocumentedWorkloadAsBefore() {
    LoadShape shape = LoadShape.openModel().warmUp(10, Duration.ofSeconds(1)).steady(10, Duration.ofSeconds(2));
    Workload workload = new Workload(A, shape);
    assertEquals(1.0, workload.scaleFactor());
    assertEquals(shape.phases(), workload.phases());
    assertEquals(shape, workload.shape());
    assertEquals(A, workload.scenario());
    assertEquals(1, workload.injected().size());
    assertEquals(Duration.ofSeconds(3), workload.duration());
  }

  @Test
  void aClosedStageFollowsTheOpenOneWithNoPlannedArrivals() {
    LoadShape open = LoadShape.openModel()
        .constant("base", PhaseKind.STEADY, 10, Duration.ofSeconds(2))
        .ramp("ramp", PhaseKind.STEADY, 10, 100, Duration.ofSeconds(3));
    LoadShape closed = LoadShape.closedModel().concurrentUsers("concurrency", PhaseKind.STEADY, 500, Duration.ofSeconds(4));
    Workload workload = Workload.of(A, open).then(B, closed).scaledDownBy(20);

    assertEquals(List.of(
        new Phase("base", PhaseKind.STEADY, 0, 2_000, 10, 10),
        new Phase("ramp", PhaseKind.STEADY, 2_000, 3_000, 10, 100),
        Phase.closed("concurrency", PhaseKind.STEADY, 5_000, 4_000, 500, 500)), workload.phases());
    assertEquals(Duration.ofSeconds(9), workload.duration());
    assertEquals(100, workload.peakRate());
    assertEquals(500, workload.peakUsers());
    assertEquals(20, workload.scaleFactor());
    assertEquals(Duration.ofSeconds(5), workload.populations().get(1).delay());
    assertEquals(2, workload.injected().size());
    // The closed population waits with no user at all, then holds 500.
    assertEquals(2, closed.closedInjectionSteps(Duration.ofSeconds(5)).size());
    assertEquals(1, closed.closedInjectionSteps(Duration.ZERO).size());
  }

  @Test
  void populationsAlongsideEachOtherAddTheirRates() {
    LoadShape api = LoadShape.openModel().warmUp(50, Duration.ofSeconds(1)).steady(50, Duration.ofSeconds(2));
    LoadShape sockets = LoadShape.openModel().warmUp(2, Duration.ofSeconds(1)).steady(2, Duration.ofSeconds(2));
    Workload workload = Workload.of(A, api).alongside(B, sockets);
    // Each warm-up ramps from a tenth of its rate, at least 1/s (WarmUpRamp): 5 + 1 at the start.
    assertEquals(List.of(6.0, 52.0), workload.phases().stream().map(Phase::startRate).toList());
    assertEquals(List.of(52.0, 52.0), workload.phases().stream().map(Phase::endRate).toList());
    assertEquals(2, workload.populations().size());
    assertEquals(Duration.ZERO, workload.populations().get(1).delay());
    assertEquals(52, workload.peakRate());
  }

  @Test
  void refusesWhatThePlanCouldNotDescribe() {
    LoadShape steady = LoadShape.openModel().steady(5, Duration.ofSeconds(2));
    LoadShape closed = LoadShape.closedModel().concurrentUsers("users", PhaseKind.STEADY, 3, Duration.ofSeconds(2));
    assertEquals("a population alongside another needs the same phases, got [steady, cool-down] next to [steady]",
        assertThrows(IllegalArgumentException.class, () -> Workload.of(A, steady)
            .alongside(B, steady.coolDown(5, Duration.ofSeconds(1)))).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Workload.of(A, closed).alongside(B, closed))
        .getMessage().startsWith("only open-model populations can run alongside"));
    assertEquals("phase name 'steady' is used twice in one workload",
        assertThrows(IllegalArgumentException.class, () -> Workload.of(A, steady).then(B, steady)).getMessage());
    assertEquals("a scale factor must be a positive number, got 0.0",
        assertThrows(IllegalArgumentException.class, () -> Workload.of(A, steady).scaledDownBy(0)).getMessage());
    assertEquals("phase users is a closed-model phase, but this shape is an open model",
        assertThrows(IllegalStateException.class,
            () -> LoadShape.openModel().concurrentUsers("users", PhaseKind.STEADY, 1, Duration.ofSeconds(1))).getMessage());
    assertEquals("phase steady is an open-model phase, but this shape is a closed model",
        assertThrows(IllegalStateException.class, () -> LoadShape.closedModel().steady(1, Duration.ofSeconds(1))).getMessage());
    assertThrows(IllegalStateException.class, closed::injectionSteps);
  }
}
