package dev.slogate.simulations.dsl;

import static dev.slogate.simulations.SlogateDsl.closed;
import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.fault;
import static dev.slogate.simulations.SlogateDsl.recovery;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.simulations.load.LoadShape;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the DSL's phases plan: the same phases as LoadShape's positional methods, names and kinds included. */
class SlogateDslTest {

  @Test
  void typedPhasesPlanWhatThePositionalMethodsPlanned() {
    LoadShape dsl = LoadShape.openModel(
        warmUp(10).during(2),
        steady(10).during(Duration.ofSeconds(3)),
        steady("spike-ramp", 10).rampTo(100).during(1),
        steady("spike", 100).during(2),
        recovery("spike-down", 100).rampTo(10).during(1),
        recovery(10).during(1),
        fault(10).during(1),
        coolDown(10).during(1));
    LoadShape positional = LoadShape.openModel()
        .warmUp(10, Duration.ofSeconds(2))
        .steady(10, Duration.ofSeconds(3))
        .ramp("spike-ramp", PhaseKind.STEADY, 10, 100, Duration.ofSeconds(1))
        .constant("spike", PhaseKind.STEADY, 100, Duration.ofSeconds(2))
        .ramp("spike-down", PhaseKind.RECOVERY, 100, 10, Duration.ofSeconds(1))
        .constant("recovery", PhaseKind.RECOVERY, 10, Duration.ofSeconds(1))
        .constant("fault", PhaseKind.FAULT, 10, Duration.ofSeconds(1))
        .coolDown(10, Duration.ofSeconds(1));
    assertEquals(positional.phases(), dsl.phases());
    assertEquals(12_000, dsl.duration().toMillis());
  }

  @Test
  void closedPhasesHoldOrRampUsersAndPlanNoArrivals() {
    LoadShape shape = LoadShape.closedModel(closed(5).during(2), closed("more", 5).rampTo(8).during(2));
    assertEquals(List.of("users", "more"), shape.phases().stream().map(Phase::name).toList());
    assertEquals(List.of(PhaseKind.STEADY, PhaseKind.STEADY), shape.phases().stream().map(Phase::kind).toList());
    assertEquals(0.0, shape.peakRate());
    assertEquals(8, shape.peakUsers());
  }

  @Test
  void aPhaseIsCheckedWhenPlannedNotWhenWritten() {
    var zero = steady(10).during(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LoadShape.openModel(zero));
    assertEquals("phase steady needs a positive duration, got PT0S", e.getMessage());
  }
}
