package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
      "500ms, 500000000",
      "1.5s, 1500000000",
      "2m, 120000000000",
      "2min, 120000000000",
      "1h, 3600000000000",
      "250us, 250000",
      "3µs, 3000",
      "7ns, 7",
      "0s, 0",
      "' 12 ms ', 12000000",
      "10S, 10000000000",
      ".5s, 500000000",
      "5.s, 5000000000",
  })
  void readsANumberAndItsUnit(String text, long nanos) {
    assertEquals(Duration.ofNanos(nanos), Durations.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
      "1m30s, 90000",
      "1h2m3.5s, 3723500",
      "1h2m3s4ms, 3723004",
      "1s500ms, 1500",
      "1h 30m, 5400000",
  })
  void readsGoStyleCompounds(String text, long millis) {
    assertEquals(Duration.ofMillis(millis), Durations.parse(text));
  }

  @Test
  void aBareNumberIsAnErrorNamingTheUnits() {
    InvalidDurationException e = assertThrows(InvalidDurationException.class, () -> Durations.parse("500"));
    assertEquals("invalid duration '500': a unit is required (ns, us, ms, s, m or h)", e.getMessage());
    assertEquals(InvalidDurationException.Reason.NO_UNIT, e.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "5 sec", "-5ms", "1d", "s", "1m30", "1..5s", "ms5", "1e3ms"})
  void refusesWhatIsNotADurationInOneLine(String text) {
    InvalidDurationException e = assertThrows(InvalidDurationException.class, () -> Durations.parse(text));
    assertEquals(InvalidDurationException.Reason.MALFORMED, e.reason());
    assertEquals("invalid duration '" + text + "': expected a number and a unit (ns, us, ms, s, m or h), e.g. 5ms",
        e.getMessage());
  }

  @Test
  void refusesEmptyText() {
    assertEquals(InvalidDurationException.Reason.EMPTY,
        assertThrows(InvalidDurationException.class, () -> Durations.parse("  ")).reason());
    assertEquals(InvalidDurationException.Reason.EMPTY,
        assertThrows(InvalidDurationException.class, () -> Durations.parse(null)).reason());
  }

  @Test
  void refusesOutOfRangeValuesInOneLine() {
    InvalidDurationException tooLarge =
        assertThrows(InvalidDurationException.class, () -> Durations.parse("3000000h"));
    assertEquals(InvalidDurationException.Reason.OUT_OF_RANGE, tooLarge.reason());
    assertEquals("invalid duration '3000000h': too large (at most 2562047h)", tooLarge.getMessage());
    InvalidDurationException fraction = assertThrows(InvalidDurationException.class, () -> Durations.parse("1.5ns"));
    assertEquals(InvalidDurationException.Reason.SUB_NANOSECOND, fraction.reason());
    assertEquals("invalid duration '1.5ns': not a whole number of nanoseconds, or too large", fraction.getMessage());
  }

  @Test
  void formatsGoStyleAndReadsItBack() {
    assertEquals("0s", Durations.format(Duration.ZERO));
    assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("1s500ms", Durations.format(Duration.ofMillis(1500)));
    assertEquals("1ms250us", Durations.format(Duration.ofNanos(1_250_000)));
    assertEquals("25h", Durations.format(Duration.ofHours(25)));
    for (long nanos : new long[] {1, 999, 1_000_000, 61_001_000_007L, 3_600_000_000_000L}) {
      assertEquals(Duration.ofNanos(nanos), Durations.parse(Durations.format(Duration.ofNanos(nanos))));
    }
  }

  @Test
  void formatsInTheLargestDividingUnit() {
    assertEquals("1500us", Durations.formatInLargestUnit(Duration.ofNanos(1_500_000)));
    assertEquals("90s", Durations.formatInLargestUnit(Duration.ofSeconds(90)));
    assertEquals("0ms", Durations.formatInLargestUnit(Duration.ZERO));
    assertEquals("7ns", Durations.formatInLargestUnit(Duration.ofNanos(7)));
  }
}
