package dev.slogate.chaos.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void readsGoStyleDurations() {
    assertEquals(Duration.ofMillis(500), DurationText.parse("500ms"));
    assertEquals(Duration.ofSeconds(90), DurationText.parse("1m30s"));
    assertEquals(Duration.ofHours(2), DurationText.parse("2h"));
    assertEquals(Duration.ofMillis(1500), DurationText.parse("1.5s"));
    assertEquals(Duration.ofMillis(3_723_004), DurationText.parse("1h2m3s4ms"));
    assertEquals(Duration.ZERO, DurationText.parse("0s"));
    // slogate's one grammar (dev.slogate.config.Durations) allows a blank between a number and its unit.
    assertEquals(Duration.ofSeconds(10), DurationText.parse("10 s"));
  }

  @Test
  void refusesWhatIsNotADuration() {
    for (String text : new String[] {"", "10", "-1s", "1d", "s", "1.5ms", "1ns"}) {
      assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text), text);
    }
    assertEquals("'1.5ms' is finer than a millisecond",
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("1.5ms")).getMessage());
  }

  @Test
  void writesWhatGoAndChaosMeshReadBack() {
    assertEquals("0s", DurationText.format(Duration.ZERO));
    assertEquals("500ms", DurationText.format(Duration.ofMillis(500)));
    assertEquals("1m30s", DurationText.format(Duration.ofSeconds(90)));
    assertEquals("1s500ms", DurationText.format(Duration.ofMillis(1500)));
    assertEquals("25h", DurationText.format(Duration.ofHours(25)));
    for (long millis : new long[] {1, 999, 1000, 61_001, 3_600_000, 86_399_999}) {
      assertEquals(Duration.ofMillis(millis), DurationText.parse(DurationText.format(Duration.ofMillis(millis))));
    }
  }
}
