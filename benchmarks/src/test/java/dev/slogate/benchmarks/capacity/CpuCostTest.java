package dev.slogate.benchmarks.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuCostTest {

  @Test
  void theRateIsSixtyPercentOfTheLowerMaximumInStepsOfFifty() {
    assertEquals(3_750, CpuCost.rateFor(6_300, 6_650));
    assertEquals(3_750, CpuCost.rateFor(6_650, 6_300));
    assertEquals(50, CpuCost.rateFor(40, 10_000));
  }

  @Test
  void theRatioIsTheMedianOverRoundsWhoseRunsWereBothValid() {
    CpuCost cost = new CpuCost(3_000, List.of(
        round(110, 100),
        round(97, 100),
        new CpuCost.Round(run(Tool.SLOGATE, 500, false), run(Tool.PLAIN, 100, true)),
        round(103, 100)));

    assertEquals(1.03, cost.medianRatio().getAsDouble(), 1e-9);
    assertEquals(3, cost.judgedRounds());
    assertEquals("0.970–1.100", cost.spread());
  }

  @Test
  void roundsAllWithinTheTargetMeetItAllAboveMissItAndRoundsAcrossItResolveNothing() {
    assertEquals(Met.YES, new CpuCost(3_000, List.of(round(104, 100), round(98, 100))).judge(1.05));
    assertEquals(Met.NO, new CpuCost(3_000, List.of(round(106, 100), round(130, 100))).judge(1.05));
    CpuCost straddling = new CpuCost(3_000, List.of(round(101, 100), round(108, 100), round(129, 100)));
    assertEquals(Met.NOT_RESOLVED, straddling.judge(1.05));
    assertEquals(129.0 / 101, straddling.variation(Tool.SLOGATE), 1e-9);
    assertEquals(1.0, straddling.variation(Tool.PLAIN), 1e-9);
  }

  @Test
  void aRoundWithoutTwoValidRunsLeavesTheComparisonUnresolvedHoweverTheOthersLook() {
    CpuCost oneLost = new CpuCost(3_000, List.of(round(101, 100), round(99, 100),
        new CpuCost.Round(run(Tool.SLOGATE, 100, true), run(Tool.PLAIN, 100, false))));

    assertEquals(Met.NOT_RESOLVED, oneLost.judge(1.05));
    assertEquals(2, oneLost.judgedRounds());
  }

  @Test
  void noValidPairMeansNoRatio() {
    CpuCost cost = new CpuCost(3_000, List.of(
        new CpuCost.Round(run(Tool.SLOGATE, 100, true), run(Tool.PLAIN, Double.NaN, true))));

    assertTrue(cost.medianRatio().isEmpty());
    assertEquals(Met.NOT_JUDGED, cost.judge(1.05));
    assertEquals("–", cost.spread());
  }

  private static CpuCost.Round round(double slogateMicros, double plainMicros) {
    return new CpuCost.Round(run(Tool.SLOGATE, slogateMicros, true), run(Tool.PLAIN, plainMicros, true));
  }

  private static CapacityProbe run(Tool tool, double cpuMicrosPerRequest, boolean valid) {
    return new CapacityProbe(tool, 3_000, 3_000, valid ? LoadStatus.VALID : LoadStatus.INVALID, 0, 2, valid,
        valid ? "valid" : "the injector fell behind", "", cpuMicrosPerRequest);
  }
}
