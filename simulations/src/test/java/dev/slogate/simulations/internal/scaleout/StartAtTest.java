package dev.slogate.simulations.internal.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.config.OptionValues;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared start and the role read from the options: each mistake one line naming the option. */
class StartAtTest {

  private static final Clock NOW = Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC);

  @Test
  void aStartAheadWithinTheLimitIsAccepted() {
    StartAt.check(NOW.millis() + 30_000, NOW);
    StartAt.check(NOW.millis() + StartAt.FURTHEST.toMillis(), NOW);
  }

  @Test
  void aStartInThePastOrTooFarAheadIsOneLine() {
    assertEquals("slogate.startAt=1799999997500 is 2.5 s in the past: every injector must be ready before the shared "
        + "start (give a later one, such as $(($(date +%s%3N) + 60000)))",
        assertThrows(IllegalArgumentException.class, () -> StartAt.check(NOW.millis() - 2_500, NOW)).getMessage());
    assertEquals("slogate.startAt=1800003600000 is 3600.0 s ahead, more than the 15 min an injector waits",
        assertThrows(IllegalArgumentException.class, () -> StartAt.check(NOW.millis() + 3_600_000, NOW)).getMessage());
  }

  @Test
  void theRoleComesFromCountAndIndex() {
    assertTrue(ScaleOut.read(OptionValues.of(Map.of())).alone());
    assertTrue(ScaleOut.read(OptionValues.of(Map.of("slogate.injectors.count", "3"))).coordinator());
    ScaleOut injector = ScaleOut.read(OptionValues.of(Map.of("slogate.injectors.count", "3",
        "slogate.injectors.index", "2", "slogate.startAt", "1800000030000", "slogate.runId", "run-7")));
    assertTrue(injector.injector());
    assertEquals(2, injector.index().getAsInt());
    assertEquals(1_800_000_030_000L, injector.startAtMillis().getAsLong());
    assertEquals("run-7", injector.runId().orElseThrow());
  }

  @Test
  void aMisplacedIndexIsOneLine() {
    assertEquals("slogate.injectors.index=3 needs slogate.injectors.count above the index (got 3): injectors are "
        + "numbered 0 to count-1", assertThrows(IllegalArgumentException.class, () -> ScaleOut.read(OptionValues.of(
            Map.of("slogate.injectors.count", "3", "slogate.injectors.index", "3")))).getMessage());
  }

  @Test
  void theKubernetesBackendMakesACoordinatorAndItsPodsInjectors() {
    ScaleOut coordinator = ScaleOut.read(OptionValues.of(
        Map.of("slogate.injectors.count", "3", "slogate.injectors.backend", "kubernetes")));
    assertTrue(coordinator.coordinator());
    assertEquals(ScaleOut.KUBERNETES, coordinator.backend());
    // A pod gets the backend among the run's options only if a user sets it by hand: it still just injects.
    assertTrue(ScaleOut.read(OptionValues.of(Map.of("slogate.injectors.count", "3", "slogate.injectors.index", "1",
        "slogate.injectors.backend", "kubernetes"))).injector());
  }
}
