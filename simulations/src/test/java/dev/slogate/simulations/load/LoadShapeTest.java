package dev.slogate.simulations.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadShapeTest {

  @Test
  void phasesFollowEachOtherWithTheirPlannedRates() {
    LoadShape shape = LoadShape.openModel()
        .warmUp(100, Duration.ofSeconds(10))
        .steady(100, Duration.ofSeconds(30))
        .ramp("spike-ramp", PhaseKind.STEADY, 100, 1000, Duration.ofSeconds(5))
        .coolDown(10, Duration.ofSeconds(2));

    List<Phase> phases = shape.phases();
    assertEquals(List.of("warm-up", "steady", "spike-ramp", "cool-down"), phases.stream().map(Phase::name).toList());
    assertEquals(0, phases.get(0).startOffsetMillis());
    assertEquals(10_000, phases.get(1).startOffsetMillis());
    assertEquals(40_000, phases.get(2).startOffsetMillis());
    assertEquals(45_000, phases.get(3).startOffsetMillis());
    assertEquals(Duration.ofSeconds(47), shape.duration());
    assertEquals(1000, shape.peakRate());
    // A linear ramp from 100 to 1000 over 5 s plans (100 + 1000) / 2 * 5 arrivals.
    assertEquals(2750, phases.get(2).plannedArrivals(), 1e-9);
    assertEquals(3000, phases.get(1).plannedArrivals(), 1e-9);
  }

  @Test
  void injectionStepsMatchThePhasesOneToOne() {
    LoadShape shape = LoadShape.openModel()
        .warmUp(50, Duration.ofSeconds(1))
        .constant("pause", PhaseKind.RECOVERY, 0, Duration.ofSeconds(1))
        .ramp("up", PhaseKind.STEADY, 1, 9, Duration.ofSeconds(2));
    assertEquals(3, shape.injectionSteps().size());
  }

  @Test
  void aPhaseNeedsAPositiveDuration() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LoadShape.openModel().steady(10, Duration.ZERO));
    assertEquals("phase steady needs a positive duration, got PT0S", e.getMessage());
  }

  @Test
  void shapesAreImmutable() {
    LoadShape empty = LoadShape.openModel();
    LoadShape one = empty.steady(1, Duration.ofSeconds(1));
    assertEquals(0, empty.phases().size());
    assertEquals(1, one.phases().size());
  }
}
