package dev.slogate.chaos.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.spec.AbortCondition;
import dev.slogate.slo.chaos.ProbeSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbortMonitorTest {

  private static final AbortCondition HALF_FAIL_OVER_1S =
      new AbortCondition(AbortCondition.Metric.ERROR_RATIO, 0.5, Duration.ofSeconds(1));

  /** Probes every 100 ms from 0; those from {@code failFrom} on fail, each taking {@code latencyMs}. */
  private static List<ProbeSample> probes(long until, long failFrom, long latencyMs) {
    List<ProbeSample> samples = new ArrayList<>();
    for (long t = 0; t < until; t += 100) {
      samples.add(new ProbeSample(t, latencyMs * 1_000, t < failFrom, t < failFrom ? 200 : 0));
    }
    return samples;
  }

  @Test
  void errorRatioAboveTheThresholdOverTheWindowAborts() {
    AbortMonitor monitor = new AbortMonitor(List.of(HALF_FAIL_OVER_1S));
    // Failing from 2000; at 2500 the last second (1500–2500) holds 5 OK and 5 failed: 0.5 is not above 0.5.
    assertTrue(monitor.check(probes(2_500, 2_000, 1), 2_500).isEmpty());
    // At 2600: 1600–2600 holds 4 OK and 6 failed.
    AbortMonitor.Breach breach = monitor.check(probes(2_600, 2_000, 1), 2_600).orElseThrow();
    assertEquals(0.6, breach.observed(), 1e-9);
    assertEquals(10, breach.probes());
    assertEquals("error ratio 0.60 (10 probes) breached: error ratio above 0.5 over 1s", breach.describe());
  }

  @Test
  void aWindowNotYetCoveredByProbesIsNotJudged() {
    AbortMonitor monitor = new AbortMonitor(List.of(HALF_FAIL_OVER_1S));
    // Every probe fails, but the first is only 900 ms old: one failure right after an injection must not abort.
    List<ProbeSample> young = probes(1_000, 0, 1).subList(0, 10);
    assertTrue(monitor.check(young, 900).isEmpty());
    assertTrue(monitor.check(young, 1_000).isPresent());
  }

  @Test
  void p99AboveTheThresholdAborts() {
    AbortCondition slow = new AbortCondition(AbortCondition.Metric.P99_MILLIS, 250, Duration.ofSeconds(1));
    AbortMonitor monitor = new AbortMonitor(List.of(HALF_FAIL_OVER_1S, slow));
    List<ProbeSample> samples = new ArrayList<>(probes(2_000, 9_999, 5));
    samples.add(new ProbeSample(2_000, 300_000, true, 200));

    assertTrue(monitor.check(samples, 2_299).isEmpty(), "the slow probe has not answered yet");
    AbortMonitor.Breach breach = monitor.check(samples, 2_300).orElseThrow();
    assertEquals(slow, breach.condition());
    assertEquals(300.0, breach.observed(), 1e-9);
  }

  @Test
  void withoutConditionsNothingAborts() {
    assertTrue(new AbortMonitor(List.of()).check(probes(5_000, 0, 1), 5_000).isEmpty());
  }
}
