package dev.slogate.slo.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionAndRateEstimateTest {

  @Test
  void clopperPearsonWithNoFailureHasAClosedForm() {
    ProportionEstimate none = ProportionEstimate.of(0, 6000, 0.95);
    assertEquals(0, none.point());
    assertEquals(0, none.lowerBound());
    assertEquals(1 - Math.pow(0.05, 1 / 6000.0), none.upperBound(), 1e-12); // ≈ 0.0499%
    assertEquals(0.000499, none.upperBound(), 1e-6);
    assertEquals(1 - Math.pow(0.025, 1 / 6000.0), none.twoSided().high(), 1e-12);
  }

  @Test
  void clopperPearsonMatchesPublishedValues() {
    // 5 of 100: the exact 95% interval is 1.64%–11.28% (Clopper & Pearson 1934; any statistics package)
    ProportionEstimate five = ProportionEstimate.of(5, 100, 0.95);
    assertEquals(0.01643, five.twoSided().low(), 5e-5);
    assertEquals(0.11284, five.twoSided().high(), 5e-5);
    ProportionEstimate all = ProportionEstimate.of(20, 20, 0.95);
    assertEquals(1, all.upperBound());
    assertEquals(Math.pow(0.05, 1 / 20.0), all.lowerBound(), 1e-12);
  }

  @Test
  void zeroFailureSampleSizes() {
    assertEquals(2995, ProportionEstimate.minimumTrialsToShowAtMost(0.001, 0.95));
    assertEquals(299, ProportionEstimate.minimumTrialsToShowAtMost(0.01, 0.95));
    // and at that size the bound does reach the maximum, one fewer does not
    assertEquals(true, ProportionEstimate.of(0, 2995, 0.95).upperBound() <= 0.001);
    assertEquals(true, ProportionEstimate.of(0, 2994, 0.95).upperBound() > 0.001);
  }

  @Test
  void noTrialsIsNoEstimate() {
    assertThrows(IllegalArgumentException.class, () -> ProportionEstimate.of(0, 0, 0.95));
    assertThrows(IllegalArgumentException.class, () -> ProportionEstimate.of(3, 2, 0.95));
  }

  @Test
  void garwoodPoissonBounds() {
    // 10 events: exact 95% interval 4.795–18.390 (Garwood 1936)
    RateEstimate ten = RateEstimate.of(10, 1, 0.95);
    assertEquals(4.7954, ten.twoSided().low(), 1e-3);
    assertEquals(18.3904, ten.twoSided().high(), 1e-3);
    // none in 30 s: the one-sided upper bound is -ln(0.05) / 30
    RateEstimate none = RateEstimate.of(0, 30, 0.95);
    assertEquals(0, none.lowerBound());
    assertEquals(-Math.log(0.05) / 30, none.upperBound(), 1e-9);
    RateEstimate steady = RateEstimate.of(6000, 30, 0.95);
    assertEquals(200, steady.point());
    assertEquals(true, steady.lowerBound() > 195 && steady.upperBound() < 205);
  }
}
