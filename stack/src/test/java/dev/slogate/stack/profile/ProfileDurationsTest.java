package dev.slogate.stack.profile;

import dev.slogate.config.Durations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileDurationsTest {

  @ParameterizedTest
  @CsvSource({
      "250us, 250000",
      "5ms, 5000000",
      "1.5s, 1500000000",
      "0ms, 0",
      "7ns, 7",
      "2m, 120000000000",
      "1h, 3600000000000",
      "' 12 ms ', 12000000",
      "3µs, 3000",
      "0.25ms, 250000",
  })
  void parsesNumberAndUnit(String text, long nanos) {
    assertEquals(Duration.ofNanos(nanos), Durations.parse(text));
  }

  @Test
  void refusesBareNumbersWithAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("500"));
    assertEquals("invalid duration '500': a unit is required (ns, us, ms, s, m or h)", e.getMessage());
  }

  @Test
  void refusesUnknownUnitsNegativesAndSubNanosecondFractions() {
    assertEquals("invalid duration '5 sec': expected a number and a unit (ns, us, ms, s, m or h), e.g. 5ms",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("5 sec")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5ms"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse(""));
    assertEquals("invalid duration '1.5ns': not a whole number of nanoseconds, or too large",
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1.5ns")).getMessage());
  }

  @ParameterizedTest
  @CsvSource({"1500000, 1500us", "2000000, 2ms", "90000000000, 90s", "120000000000, 2m", "7, 7ns", "0, 0ms"})
  void formatsExactlyInTheLargestDividingUnit(long nanos, String text) {
    assertEquals(text, Durations.formatInLargestUnit(Duration.ofNanos(nanos)));
    assertEquals(Duration.ofNanos(nanos), Durations.parse(text));
  }
}
