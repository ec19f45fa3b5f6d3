package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {

  @Test
  void aRunsOptionsHandOverABadValueAndReturnTheDefault() {
    List<RuntimeException> problems = new ArrayList<>();
    SimulationOptions options = SimulationOptions.reporting(Settings.of(Map.of("slogate.rate", "abc")), problems::add);
    assertEquals(200.0, options.rate());
    assertEquals(1, problems.size());
    assertEquals("slogate.rate=abc is not a rate (expected e.g. 200 or 200/s)", problems.get(0).getMessage());
  }

  @Test
  void optionsOfSettingsThrowTheSameLine() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> SimulationOptions.of(Settings.of(Map.of("slogate.rate", "abc"))).rate());
    assertEquals("slogate.rate=abc is not a rate (expected e.g. 200 or 200/s)", thrown.getMessage());
    assertEquals("slogate.steps must be at least 1",
        assertThrows(IllegalArgumentException.class,
            () -> SimulationOptions.of(Settings.of(Map.of("slogate.steps", "0"))).stressSteps()).getMessage());
  }

  @Test
  void defaultsComeFromOnePlace() {
    SimulationOptions options = SimulationOptions.of(Settings.of(Map.of("slogate.duration", "45s")));
    assertEquals(Defaults.WARM_UP, options.warmUp());
    assertEquals(Duration.ofSeconds(45), options.steady(Duration.ofSeconds(10)));
    assertEquals(Duration.ofMinutes(5), options.kgasRamp());
    assertEquals(1_000.0, options.kecsRate());
  }
}
