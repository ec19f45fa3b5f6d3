package dev.slogate.reports.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.MeasureUnit;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void countsAndLatencies() {
    assertEquals("6,012", Wording.count(6012));
    assertEquals("42 ms", Wording.millis(42));
    assertEquals("0.5 ms", Wording.millis(0.5));
    assertEquals("1,234 ms", Wording.millis(1234));
    assertEquals("38–47 ms", Wording.range(38, 47, MeasureUnit.MILLISECONDS));
    assertEquals("never", Wording.millis(Double.POSITIVE_INFINITY));
  }

  @Test
  void durationsKeepEveryMillisecond() {
    assertEquals("5.001 s", Wording.duration(5001));
    assertEquals("1.2 s", Wording.duration(1200));
    assertEquals("850 ms", Wording.duration(850));
  }

  @Test
  void percentagesNearOneHundredKeepTheDigitsThatDiffer() {
    assertEquals("0.05%", Wording.percent(0.0005));
    assertEquals("0.1%", Wording.percent(0.001));
    assertEquals("2%", Wording.percent(0.02));
    assertEquals("99.95%", Wording.percent(0.9995));
    assertEquals("99.9996%", Wording.percent(0.999996));
    assertEquals("99.9999%", Wording.percent(0.99999999)); // never rounded up to a 100% it is not
    assertEquals("100%", Wording.percent(1));
    assertEquals("0%", Wording.percent(0));
  }

  @Test
  void ratesConfidencesAndPercentiles() {
    assertEquals("198.5/s", Wording.value(198.5, MeasureUnit.PER_SECOND));
    assertEquals("95%", Wording.confidence(0.95));
    assertEquals("99.9%", Wording.confidence(0.999));
    assertEquals("p99", Wording.percentile(99));
    assertEquals("p99.9", Wording.percentile(99.9));
  }
}
