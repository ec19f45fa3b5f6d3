package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.record.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run in which most judged requests failed ends with a loud note, whatever its objectives judge. Reports word it
 * ("WARNING: 1,933 of 2,900 judged requests (67%) failed; …": reports' {@code WordsTest}).
 */
class MostlyFailedWarningTest {

  private final Evaluator evaluator = new Evaluator();

  private List<Note.MostlyFailed> warnings(String objective, int okOneIn) {
    RunRecord record = SyntheticRun.planned(100, i -> 5, i -> i % okOneIn == 0).build();
    return evaluator.evaluate(Specs.of(objective), record, SyntheticRun.plan(100)).notes().stream()
        .filter(Note.MostlyFailed.class::isInstance).map(Note.MostlyFailed.class::cast).toList();
  }

  @Test
  void mostRequestsFailedUnderALatencyOnlySloSaysWhichObjectiveWouldCatchIt() {
    // 2 of 3 steady requests fail; the SLO judges latency only.
    List<Note.MostlyFailed> warnings = warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 3);
    assertEquals(1, warnings.size(), warnings.toString());
    Note.MostlyFailed warning = warnings.get(0);
    assertEquals(2900, warning.requests(), warning.toString());
    assertEquals(67, Math.round(100.0 * warning.failed() / warning.requests()), warning.toString());
    assertEquals(List.of(), warning.judgingFailures(), "no objective of this SLO file judges failed requests");
  }

  @Test
  void anSloThatJudgesFailuresIsNamed() {
    List<Note.MostlyFailed> warnings = warnings("{name: alert, kind: error-frequency, max: 1/s, window: 1m}", 3);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(List.of("alert"), warnings.get(0).judgingFailures(), warnings.get(0).toString());
  }

  @Test
  void halfOrFewerFailedIsNoWarning() {
    // every second request fails: exactly half, not most
    assertEquals(List.of(), warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 2));
    assertEquals(List.of(), warnings("{name: p99, kind: latency, percentile: 99, threshold: 1s}", 1));
  }
}
