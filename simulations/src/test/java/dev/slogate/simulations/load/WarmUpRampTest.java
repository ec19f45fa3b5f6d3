package dev.slogate.simulations.load;

import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A warm-up ramps from a tenth of its rate, at least 1/s, and the plan records the ramp. */
class WarmUpRampTest {

  @Test
  void startsAtATenthWithAFloorOfOneUserASecond() {
    assertEquals(500, WarmUpRamp.startRate(5_000), 1e-9);
    assertEquals(20, WarmUpRamp.startRate(200), 1e-9);
    assertEquals(1, WarmUpRamp.startRate(5), 1e-9, "a tenth would plan a first second without a user");
    assertEquals(1, WarmUpRamp.startRate(1), 1e-9);
    assertEquals(0.5, WarmUpRamp.startRate(0.5), 1e-9, "below 1/s the warm-up stays constant");
    assertEquals(0, WarmUpRamp.startRate(0), 1e-9);
  }

  @Test
  void theDslsWarmUpPlansTheRampAndEndsAtTheSteadyRate() {
    LoadShape shape = LoadShape.openModel(warmUp(5_000).during(10), steady(5_000).during(30));
    assertEquals(new Phase("warm-up", PhaseKind.WARM_UP, 0, 10_000, 500, 5_000), shape.phases().get(0));
    assertEquals(27_500, shape.phases().get(0).plannedArrivals(), 1e-9, "(500 + 5,000) / 2 x 10 s");
    assertEquals(shape.phases().get(0).endRate(), shape.phases().get(1).startRate(), "no step into steady");
    assertEquals(shape.phases(), LoadShape.openModel().warmUp(5_000, Duration.ofSeconds(10))
        .steady(5_000, Duration.ofSeconds(30)).phases(), "the positional method plans the same");
  }

  @Test
  void aWrittenOutRampOrAConstantWarmUpIsKeptAsWritten() {
    assertEquals(new Phase("warm-up", PhaseKind.WARM_UP, 0, 2_000, 200, 200),
        LoadShape.openModel(warmUp(200).rampTo(200).during(2)).phases().get(0));
    assertEquals(new Phase("spike-ramp", PhaseKind.WARM_UP, 0, 3_000, 10, 110),
        LoadShape.openModel(warmUp("spike-ramp", 10).rampTo(110).during(3)).phases().get(0));
    assertEquals(new Phase("steady", PhaseKind.STEADY, 0, 1_000, 50, 50),
        LoadShape.openModel(steady(50).during(1)).phases().get(0), "only a warm-up ramps");
  }
}
