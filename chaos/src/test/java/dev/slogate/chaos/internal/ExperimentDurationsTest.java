package dev.slogate.chaos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExperimentDurationsTest {

  @Test
  void readsGoStyleDurations() {
    assertEquals(Duration.ofMillis(500), ExperimentDurations.parse("500ms"));
    assertEquals(Duration.ofSeconds(90), ExperimentDurations.parse("1m30s"));
    assertEquals(Duration.ofHours(2), ExperimentDurations.parse("2h"));
    assertEquals(Duration.ofMillis(1500), ExperimentDurations.parse("1.5s"));
    assertEquals(Duration.ofMillis(3_723_004), ExperimentDurations.parse("1h2m3s4ms"));
    assertEquals(Duration.ZERO, ExperimentDurations.parse("0s"));
    // slogate's one grammar (dev.slogate.config.Durations) allows a blank between a number and its unit.
    assertEquals(Duration.ofSeconds(10), ExperimentDurations.parse("10 s"));
  }

  @Test
  void refusesWhatIsNotADuration() {
    for (String text : new String[] {"", "10", "-1s", "1d", "s", "1.5ms", "1ns"}) {
      assertThrows(IllegalArgumentException.class, () -> ExperimentDurations.parse(text), text);
    }
    assertEquals("'1.5ms' is finer than a millisecond",
        assertThrows(IllegalArgumentException.class, () -> ExperimentDurations.parse("1.5ms")).getMessage());
  }

  @Test
  void writesWhatGoAndChaosMeshReadBack() {
    assertEquals("0s", ExperimentDurations.format(Duration.ZERO));
    assertEquals("500ms", ExperimentDurations.format(Duration.ofMillis(500)));
    assertEquals("1m30s", ExperimentDurations.format(Duration.ofSeconds(90)));
    assertEquals("1s500ms", ExperimentDurations.format(Duration.ofMillis(1500)));
    assertEquals("25h", ExperimentDurations.format(Duration.ofHours(25)));
    for (long millis : new long[] {1, 999, 1000, 61_001, 3_600_000, 86_399_999}) {
      assertEquals(Duration.ofMillis(millis), ExperimentDurations.parse(ExperimentDurations.format(Duration.ofMillis(millis))));
    }
  }
}
