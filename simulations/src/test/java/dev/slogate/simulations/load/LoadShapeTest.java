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
  void phasesLastWholeSecondsBecauseGatlingInjectsSecondBySecond() {
    assertEquals(Duration.ofSeconds(1), LoadShape.injectableLength(Duration.ofMillis(1)));
    assertEquals(Duration.ofSeconds(1), LoadShape.injectableLength(Duration.ofMillis(1_000)));
    assertEquals(Duration.ofSeconds(2), LoadShape.injectableLength(Duration.ofMillis(1_001)));
    assertEquals(Duration.ofSeconds(120), LoadShape.injectableLength(Duration.ofMinutes(2)));

    // KGAS at scale 100: a 2 min base becomes 1.2 s and a 1 min recovery 0.6 s.
    LoadShape shape = LoadShape.openModel()
        .warmUp(10, Duration.ofSeconds(1))
        .constant("base", PhaseKind.STEADY, 10, Duration.ofMillis(1_200))
        .ramp("spike-ramp", PhaseKind.WARM_UP, 10, 110, Duration.ofSeconds(3))
        .constant("recovery", PhaseKind.RECOVERY, 10, Duration.ofMillis(600));

    assertEquals(List.of(0L, 1_000L, 3_000L, 6_000L), shape.phases().stream().map(Phase::startOffsetMillis).toList());
    assertEquals(List.of(1_000L, 2_000L, 3_000L, 1_000L), shape.phases().stream().map(Phase::durationMillis).toList());
    assertEquals(20, shape.phases().get(1).plannedArrivals(), 1e-9, "10/s for the 2 s Gatling injects");
    assertEquals(List.of(new LoadShape.Lengthened("base", Duration.ofMillis(1_200), Duration.ofSeconds(2)),
        new LoadShape.Lengthened("recovery", Duration.ofMillis(600), Duration.ofSeconds(1))), shape.lengthened());
    assertEquals("base 1.2 s -> 2 s", shape.lengthened().get(0).toString());
    assertEquals(List.of(), LoadShape.openModel().steady(5, Duration.ofSeconds(3)).lengthened());

    LoadShape closed = LoadShape.closedModel().concurrentUsers("users", PhaseKind.STEADY, 10, Duration.ofMillis(2_500));
    assertEquals(3_000, closed.phases().get(0).durationMillis());
    assertEquals(1, closed.lengthened().size());
  }

  @Test
  void shapesAreImmutable() {
    LoadShape empty = LoadShape.openModel();
    LoadShape one = empty.steady(1, Duration.ofSeconds(1));
    assertEquals(0, empty.phases().size());
    assertEquals(1, one.phases().size());
  }
}
