package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run in which most judged requests failed ends with a loud note, whatever its objectives judge. */
class MostlyFailedWarningTest {

  private final Evaluator evaluator = new Evaluator();

  private List<String> warnings(String objective, int okOneIn) {
    RunRecord record = SyntheticRun.planned(100, i -> 5, i -> i % okOneIn == 0).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(100)).notes().stream()
        .filter(n -> n.startsWith("WARNING:")).toList();
  }

  @Test
  void mostRequestsFailedUnderALatencyOnlySloSaysWhichObjectiveWouldCatchIt() {
    // 2 of 3 steady requests fail; the SLO judges latency only.
    List<String> warnings = warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 3);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).matches("WARNING: [0-9,]+ of 2,900 judged requests \\(67%\\) failed; no objective of this "
        + "SLO file judges failed requests; an error-rate objective \\(for example kind: error-rate, max: 1%\\) would "
        + "fail this run\\."), warnings.get(0));
  }

  @Test
  void anSloThatJudgesFailuresIsNamed() {
    List<String> warnings = warnings("{name: alert, kind: error-frequency, max: 1/s, window: 1m}", 3);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).endsWith("failed; the objectives that judge failed requests: alert."), warnings.get(0));
  }

  @Test
  void halfOrFewerFailedIsNoWarning() {
    // every second request fails: exactly half, not most
    assertEquals(List.of(), warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 2));
    assertEquals(List.of(), warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 1));
  }
}
