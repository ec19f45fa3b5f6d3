package dev.slogate.benchmarks.internal.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentileErrorTest {

  @Test
  void toleranceIsOneMillisecondOrTwoPercentWhicheverIsLarger() {
    assertEquals(1.0, new PercentileError(50, 2.2, 3).toleranceMillis());
    assertEquals(2.0, new PercentileError(99, 100, 101).toleranceMillis(), 1e-9);
    assertEquals(Met.YES, new PercentileError(50, 2.2, 3).met());
    assertEquals(Met.NO, new PercentileError(50, 2.2, 4).met());
    assertEquals(Met.YES, new PercentileError(99, 100, 98).met());
    assertEquals(Met.NO, new PercentileError(99, 100, 102.5).met());
  }

  @Test
  void errorsAreSignedAndRelativeToTheTruth() {
    PercentileError e = new PercentileError(95, 500, 490);
    assertEquals(-10, e.absoluteMillis(), 1e-9);
    assertEquals("-10.00 ms", e.absoluteText());
    assertEquals("-2.0%", e.relativeText());
    assertEquals("p95", e.label());
    assertEquals("p99.9", new PercentileError(99.9, 1, 1).label());
    assertEquals("n/a", new PercentileError(50, 0, 1).relativeText());
  }

  @Test
  void metCombinesLikeAVerdict() {
    assertEquals(Met.NO, Met.YES.and(Met.NO));
    assertEquals(Met.NOT_JUDGED, Met.YES.and(Met.NOT_JUDGED));
    assertEquals(Met.YES, Met.YES.and(Met.YES));
  }
}
