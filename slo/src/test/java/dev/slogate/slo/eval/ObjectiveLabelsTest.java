package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObjectiveLabelsTest {

  @Test
  void percentilesAreNamedAsReportsWordThem() {
    assertEquals("p99", ObjectiveLabels.percentile(99));
    assertEquals("p99.9", ObjectiveLabels.percentile(99.9));
    assertEquals("p99.99", ObjectiveLabels.percentile(99.99));
    assertEquals("p50", ObjectiveLabels.percentile(50));
  }
}
