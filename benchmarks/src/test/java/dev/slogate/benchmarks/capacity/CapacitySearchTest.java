package dev.slogate.benchmarks.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

  /** Probes a target whose true limit is {@code limit}, and returns the rates it tried. */
  private static List<Double> search(CapacitySearch search, double limit) {
    List<Double> tried = new ArrayList<>();
    while (!search.done()) {
      double rate = search.next();
      tried.add(rate);
      search.record(rate, rate <= limit);
    }
    return tried;
  }

  @Test
  void climbsByHalfThenBisectsUntilTheBracketIsWithinTheResolution() {
    CapacitySearch search = new CapacitySearch(4_000, 0.03, 20);
    List<Double> tried = search(search, 10_000);

    assertEquals(List.of(4_000.0, 6_000.0, 9_000.0, 13_500.0), tried.subList(0, 4));
    double valid = search.highestValid().orElseThrow();
    double invalid = search.lowestInvalid().orElseThrow();
    assertTrue(valid <= 10_000 && invalid > 10_000, valid + " .. " + invalid);
    assertTrue(invalid / valid <= 1.03, valid + " .. " + invalid);
  }

  @Test
  void descendsWhenTheStartRateIsAlreadyTooHigh() {
    CapacitySearch search = new CapacitySearch(4_000, 0.1, 20);
    List<Double> tried = search(search, 1_000);

    assertEquals(List.of(4_000.0, 2_650.0, 1_750.0, 1_150.0, 750.0), tried.subList(0, 5));
    assertTrue(search.highestValid().orElseThrow() <= 1_000);
  }

  @Test
  void stopsAtTheProbeCapWithAnOpenBracket() {
    CapacitySearch search = new CapacitySearch(1_000, 0.03, 3);
    List<Double> tried = search(search, 1_000_000);

    assertEquals(3, tried.size());
    assertEquals(3, search.probes());
    assertEquals(2_250, search.highestValid().orElseThrow());
    assertFalse(search.lowestInvalid().isPresent());
  }

  @Test
  void aValidRateAboveAnEarlierFailureReopensTheClimb() {
    CapacitySearch search = new CapacitySearch(1_000, 0.03, 10);
    search.record(1_000, true);
    search.record(1_500, false);
    search.record(1_250, true);
    search.record(1_500, true);

    assertEquals(1_500, search.highestValid().orElseThrow());
    assertFalse(search.lowestInvalid().isPresent());
    assertEquals(2_250, search.next());
  }
}
