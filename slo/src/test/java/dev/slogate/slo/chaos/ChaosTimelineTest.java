package dev.slogate.slo.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChaosTimelineTest {

  @Test
  void faultsAndProbesAreKeptInTimeOrder() {
    FaultWindow late = new FaultWindow("b", "kill b", 2_000, null, null, null, 5_000, 40);
    FaultWindow early = new FaultWindow("a", "kill a", 1_000, 1_500L, 1_020L, 700L, 650, 3);
    ChaosTimeline timeline = new ChaosTimeline(List.of(late, early),
        List.of(new ProbeSample(1_100, 900, false, 0), new ProbeSample(1_000, 800, true, 200)));
    assertEquals(List.of(early, late), timeline.faults());
    assertEquals(1_000, timeline.probes().get(0).epochMillis());
    assertTrue(timeline.hasFaults());
    assertFalse(ChaosTimeline.empty().hasFaults());
  }

  @Test
  void faultWindowDerivedValues() {
    FaultWindow recovered = new FaultWindow("kill-leader", "pod-kill leader", 1_000, 1_500L, 1_020L, 700L, 650, 3);
    assertTrue(recovered.failedOver());
    assertEquals(OptionalLong.of(20), recovered.timeToDetectMillis());
    assertEquals("pod-kill leader (kill-leader)", recovered.label());
    FaultWindow never = new FaultWindow("x", "x", 1_000, null, null, null, 0, 0);
    assertFalse(never.failedOver());
    assertEquals(OptionalLong.empty(), never.timeToDetectMillis());
    assertEquals("x", never.label());
    assertThrows(IllegalArgumentException.class, () -> new FaultWindow("x", "x", 1_000, null, null, -1L, 0, 0));
  }
}
