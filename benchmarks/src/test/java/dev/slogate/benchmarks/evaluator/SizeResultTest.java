package dev.slogate.benchmarks.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The figures item 5 publishes: ratios taken per round, medians over rounds, ColdEvaluate's output parsed. */
class SizeResultTest {

  private static ColdFigures cold(long decode, long evaluate, long retained) {
    String output = String.join("\n", "mode=windowed", "seconds=205", "verdict=INCONCLUSIVE", "jvmStartMillis=120",
        "specMillis=80", "planMillis=70", "decodeMillis=" + decode, "evaluateMillis=" + evaluate, "peakHeapBytes=90000000",
        "retainedHeapBytes=" + retained, "histograms=30", "secondCounters=1400", "objectives=5 complete=true");
    return ColdFigures.parse(new TimedProcess(0, output, 2_000, OptionalLong.empty()));
  }

  @Test
  void coldEvaluateOutputIsReadKeyByKey() {
    ColdFigures figures = cold(230, 380, 6_000_000);
    assertEquals(new ColdFigures(120, 80, 70, 230, 380, 90_000_000, 6_000_000, 205, OptionalLong.of(30), OptionalLong.of(1_400),
        "INCONCLUSIVE"), figures);
    assertEquals(610, figures.decodeAndEvaluateMillis());
  }

  @Test
  void theRatioIsTheMedianOfRatiosTakenRoundByRound() {
    // Round by round 6454/1579 = 4.09, 6865/955 = 7.19, 7500/1060 = 7.08: the median ratio is the third round's,
    // not the ratio of the medians (6865/1060 = 6.48).
    SizeResult result = new SizeResult(1_000_000, 1_750_025, 34_000_000, new long[] {1579, 955, 1060},
        new long[] {6454, 6865, 7500}, List.of(cold(300, 600, 6_000_000), cold(230, 380, 6_100_000), cold(180, 380, 5_900_000)),
        cold(490, 350, 7_000_000), OptionalLong.of(160_000), OptionalLong.of(350_000), "INCONCLUSIVE");
    assertEquals(7500 / 1060.0, result.processRatio(), 1e-12);
    assertEquals(1060, result.cliMillis());
    assertEquals(6865, result.gatlingMillis());
    assertEquals(610, result.windowedMedian(ColdFigures::decodeAndEvaluateMillis));
    assertEquals(1_750_025 * 1000.0 / 1060, result.recordsPerSecondWholeCommand(), 1e-6);
    assertEquals(1_750_025 * 1000.0 / 610, result.recordsPerSecondDecodeAndEvaluate(), 1e-6);
    assertEquals(5_900_000, result.lastWindowed().retainedHeapBytes());
  }
}
