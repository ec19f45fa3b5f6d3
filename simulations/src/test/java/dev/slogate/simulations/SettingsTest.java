package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  private final Settings settings = Settings.of(Map.of(
      "slogate.rate", "250/s", "slogate.duration", "1.5m", "slogate.warmup", "500ms", "slogate.bare", "12",
      "slogate.blank", "  "));

  @Test
  void readsRatesAndDurationsWithUnits() {
    assertEquals(250, settings.rate("slogate.rate", 1));
    assertEquals(Duration.ofSeconds(90), settings.duration("slogate.duration", Duration.ZERO));
    assertEquals(Duration.ofMillis(500), settings.duration("slogate.warmup", Duration.ZERO));
  }

  @Test
  void aBareNumberIsNoLongerSecondsButAnError() {
    assertEquals("slogate.bare=12 has no unit (write e.g. 12s, 12ms or 12m)",
        assertThrows(IllegalArgumentException.class, () -> settings.duration("slogate.bare", Duration.ZERO)).getMessage());
  }

  @Test
  void readsGoStyleCompoundsAsEverywhereElse() {
    assertEquals(Duration.ofSeconds(90), Settings.of(Map.of("slogate.duration", "1m30s"))
        .duration("slogate.duration", Duration.ZERO));
  }

  @Test
  void blankOrMissingMeansTheDefault() {
    assertEquals(Duration.ofSeconds(7), settings.duration("slogate.blank", Duration.ofSeconds(7)));
    assertEquals(42, settings.rate("slogate.missing", 42));
  }

  @Test
  void badValuesNameTheProperty() {
    Settings bad = Settings.of(Map.of("slogate.rate", "-3", "slogate.duration", "soon", "slogate.steps", "x"));
    assertEquals("slogate.rate=-3 is not a rate (expected e.g. 200 or 200/s)",
        assertThrows(IllegalArgumentException.class, () -> bad.rate("slogate.rate", 1)).getMessage());
    assertEquals("slogate.duration=soon is not a duration (expected e.g. 30s, 500ms, 2m)",
        assertThrows(IllegalArgumentException.class, () -> bad.duration("slogate.duration", Duration.ZERO)).getMessage());
    assertEquals("slogate.steps=x is not a whole number",
        assertThrows(IllegalArgumentException.class, () -> bad.integer("slogate.steps", 1)).getMessage());
  }
}
