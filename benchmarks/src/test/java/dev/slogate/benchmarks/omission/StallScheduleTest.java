package dev.slogate.benchmarks.omission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class StallScheduleTest {

  private final StallSchedule schedule = new StallSchedule(10_000, 1_000);

  @Test
  void aRequestWaitsForTheRestOfTheStallAndNoLonger() {
    assertEquals(1_000, schedule.waitMillis(1_700_000_000_000L));
    assertEquals(750, schedule.waitMillis(1_700_000_000_250L));
    assertEquals(1, schedule.waitMillis(1_700_000_000_999L));
    assertEquals(0, schedule.waitMillis(1_700_000_001_000L));
    assertEquals(0, schedule.waitMillis(1_700_000_009_999L));
    assertEquals(1_000, schedule.waitMillis(1_700_000_010_000L));
  }

  @Test
  void theOpenModelTruthOfWholePeriodsIsTheUniformWaitOfOneArrivalInTen() {
    long from = 1_700_000_000_000L;
    Histogram truth = schedule.openModelTruth(from, from + 30_000, 1_000, 0);

    assertEquals(30_000, truth.getTotalCount());
    assertEquals(3_000, truth.getTotalCount() - truth.getCountBetweenValues(0, 0), "one arrival in ten waits");
    assertEquals(0, truth.getValueAtPercentile(50));
    assertEquals(0, truth.getValueAtPercentile(90));
    // p95: half of the stalled tenth waits more than 500 ms; HdrHistogram keeps 3 significant digits.
    assertEquals(500_000, truth.getValueAtPercentile(95), 500);
    assertEquals(900_000, truth.getValueAtPercentile(99), 1_000);
    assertEquals(990_000, truth.getValueAtPercentile(99.9), 1_000);
    assertEquals(1_000_000, truth.getMaxValue(), 1_000);
  }

  @Test
  void theTruthDoesNotDependOnWhereAWindowOfWholePeriodsStarts() {
    long from = 1_700_000_003_700L;
    Histogram truth = schedule.openModelTruth(from, from + 20_000, 500, 100);
    assertEquals(10_000, truth.getTotalCount());
    assertEquals(1_000, truth.getTotalCount() - truth.getCountBetweenValues(0, 100));
    assertEquals(100, truth.getValueAtPercentile(50), "the server's own time, outside stalls");
  }

  @Test
  void aStallMustBeShorterThanItsPeriod() {
    assertThrows(IllegalArgumentException.class, () -> new StallSchedule(1_000, 1_000));
    assertThrows(IllegalArgumentException.class, () -> new StallSchedule(1_000, 0));
  }
}
