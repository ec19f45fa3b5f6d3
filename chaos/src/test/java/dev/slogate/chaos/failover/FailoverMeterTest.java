package dev.slogate.chaos.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** Failover, detection and downtime on synthetic probes whose every figure can be worked out by hand. */
class FailoverMeterTest {

  private static final Duration WITHIN = Duration.ofMinutes(2);

  /** Probes every 100 ms from {@code from} to {@code to}, answering in 1 ms, failing where {@code fails}. */
  private static List<ProbeSample> probes(long from, long to, LongPredicate fails) {
    List<ProbeSample> samples = new ArrayList<>();
    for (long t = from; t < to; t += 100) {
      boolean failed = fails.test(t);
      samples.add(new ProbeSample(t, 1_000, !failed, failed ? 0 : 200));
    }
    return samples;
  }

  private static FaultObservation observation(long injected, Long recovered, long windowEnd, int n) {
    return new FaultObservation(injected, recovered, windowEnd, n, WITHIN);
  }

  @Test
  void totalOutageFromFirstFailureToFirstOfNSuccesses() {
    // Injected at 1000; probes at 1050, 1150, … fail until 3950; 4050 answers at 4051.
    List<ProbeSample> samples = probes(50, 6_000, t -> t >= 1_050 && t < 4_000);

    FaultMeasurement m = FailoverMeter.measure(observation(1_000, 3_990L, 6_000, 3), samples);

    assertEquals(1_050L, m.firstFailureAtMillis());
    assertEquals(OptionalLong.of(50), m.timeToDetectMillis());
    assertEquals(4_051L, m.failoverAtMillis());
    assertEquals(3_051L, m.failoverMillis());
    assertEquals(4_051 - 1_050, m.downtimeMillis());
    assertEquals(30, m.failedProbes());
    assertEquals(50, m.probes());
    assertEquals(4_051L, m.koWindowEndMillis(), "the later of recovery (3990) and failover (4051)");
  }

  @Test
  void aProbeThatHungUntilTheTargetResumedCountsFromItsAnswer() {
    List<ProbeSample> samples = new ArrayList<>(probes(0, 1_000, t -> false));
    // Stopped at 1000 for 2 s: probes with a 500 ms timeout fail at 1010, 1510, 2010 (sent, answered 500 ms
    // later); the one sent at 2510 hangs until the target resumes at 3000 and then answers.
    for (long t = 1_010; t < 2_500; t += 500) {
      samples.add(new ProbeSample(t, 500_000, false, 0));
    }
    samples.add(new ProbeSample(2_510, 490_000, true, 200));
    samples.addAll(probes(3_100, 4_000, t -> false));

    FaultMeasurement m = FailoverMeter.measure(observation(1_002, 3_001L, 4_000, 3), samples);

    assertEquals(3_000L, m.failoverAtMillis());
    assertEquals(1_998L, m.failoverMillis());
    assertEquals(3_000 - 1_010, m.downtimeMillis());
    assertEquals(8L, m.timeToDetectMillis().getAsLong());
  }

  @Test
  void partialOutageFailsOverAfterTheLastFailureNotAtTheFirstLuckyRun() {
    // Three replicas round robin, replica 0 dead from 1000 and out of rotation at 1450: every third probe
    // (1000, 1300) fails; 1100, 1200 succeed in between, a "run" of successes that is not a failover.
    List<ProbeSample> samples = probes(0, 3_000, t -> t >= 1_000 && t < 1_450 && (t / 100) % 3 == 1);

    FaultMeasurement m = FailoverMeter.measure(observation(1_000, null, 3_000, 2), samples);

    assertEquals(2, m.failedProbes());
    assertEquals(1_000L, m.firstFailureAtMillis());
    assertEquals(1_401L, m.failoverAtMillis(), "the probe after the last failure (1300), answered at 1401");
    assertEquals(401L, m.failoverMillis());
    assertEquals((1_101 - 1_000) + (1_401 - 1_300), m.downtimeMillis(), "each lone failure until the next answer");
  }

  @Test
  void neverFailsOverWhenFailuresLastToTheEndOfTheWindow() {
    List<ProbeSample> samples = probes(0, 3_000, t -> t >= 1_000);

    FaultMeasurement m = FailoverMeter.measure(observation(1_000, null, 3_000, 3), samples);

    assertNull(m.failoverMillis());
    assertNull(m.failoverAtMillis());
    assertEquals(2_901 - 1_000, m.downtimeMillis(), "until the last failure's answer");
    assertEquals(3_000L, m.koWindowEndMillis(), "KOs count to the window's end");
    FaultWindow window = m.toWindow("exp", "pod-kill pid 7", 12);
    assertEquals(false, window.failedOver());
    assertEquals(12, window.gatlingKoInWindow());
  }

  @Test
  void fewerThanNSuccessesAfterTheLastFailureIsNoFailover() {
    List<ProbeSample> samples = probes(0, 2_200, t -> t >= 1_000 && t < 2_000);

    // Probes at 2000 and 2100 succeed: two of the three needed.
    assertNull(FailoverMeter.measure(observation(1_000, 2_000L, 2_200, 3), samples).failoverMillis());
    assertEquals(1_001L, FailoverMeter.measure(observation(1_000, 2_000L, 2_200, 2), samples).failoverMillis());
  }

  @Test
  void aFailoverLaterThanWithinDoesNotCount() {
    List<ProbeSample> samples = probes(0, 5_000, t -> t >= 1_000 && t < 3_000);

    FaultMeasurement late = FailoverMeter.measure(new FaultObservation(1_000, null, 5_000, 3, Duration.ofSeconds(2)), samples);
    FaultMeasurement inTime = FailoverMeter.measure(new FaultObservation(1_000, null, 5_000, 3, Duration.ofMillis(2_001)), samples);

    assertNull(late.failoverMillis(), "3001 - 1000 = 2001 ms is past 2 s");
    assertEquals(2_001L, inTime.failoverMillis());
  }

  @Test
  void aFaultWithoutVisibleEffectFailsOverAtTheFirstProbes() {
    List<ProbeSample> samples = probes(0, 2_000, t -> false);

    FaultMeasurement m = FailoverMeter.measure(observation(1_050, 1_500L, 2_000, 3), samples);

    assertEquals(51L, m.failoverMillis(), "the probe sent at 1100 answered at 1101");
    assertTrue(m.timeToDetectMillis().isEmpty());
    assertEquals(0, m.downtimeMillis());
    assertEquals(0, m.failedProbes());
  }

  @Test
  void aProbeInFlightAtTheInjectionThatFailsIsDetectedAtOnce() {
    List<ProbeSample> samples = new ArrayList<>(probes(0, 990, t -> false));
    samples.add(new ProbeSample(995, 300_000, false, 0));
    samples.addAll(probes(1_300, 2_000, t -> false));

    FaultMeasurement m = FailoverMeter.measure(observation(1_000, 1_250L, 2_000, 3), samples);

    assertEquals(1_000L, m.firstFailureAtMillis(), "clamped to the injection");
    assertEquals(0L, m.timeToDetectMillis().getAsLong());
    assertEquals(1_301 - 1_000, m.downtimeMillis());
    assertEquals(301L, m.failoverMillis());
  }

  @Test
  void probesPastTheWindowBelongToTheNextFault() {
    // Two faults: 1000–1500 and 3000–3500; the first window ends where the second fault begins.
    List<ProbeSample> samples = probes(0, 5_000, t -> (t >= 1_000 && t < 1_500) || (t >= 3_000 && t < 3_500));

    FaultMeasurement first = FailoverMeter.measure(observation(1_000, 1_500L, 3_000, 3), samples);
    FaultMeasurement second = FailoverMeter.measure(observation(3_000, 3_500L, 5_000, 3), samples);

    assertEquals(501L, first.failoverMillis());
    assertEquals(5, first.failedProbes());
    assertEquals(501L, second.failoverMillis());
    assertEquals(3_000L, second.firstFailureAtMillis());
  }

  @Test
  void kosAreCountedOverTheWholeSecondsTheWindowTouches() {
    RunRecordBuilder builder = new RunRecordBuilder();
    long base = 1_700_000_000_000L;
    // One KO in each of the seconds base+0 … base+4, one OK everywhere.
    for (int s = 0; s < 5; s++) {
      builder.request("GET /", List.of(), base + s * 1_000 + 500, base + s * 1_000 + 501, false, "503");
      builder.request("GET /", List.of(), base + s * 1_000 + 600, base + s * 1_000 + 601, true, null);
    }
    RunRecord record = builder.build(new RunMetadata("r", "S", base, List.of("s"), List.of(), true));
    KoCounter kos = KoCounter.of(record);

    assertEquals(2, kos.koBetween(base + 1_200, base + 2_100), "seconds 1 and 2");
    assertEquals(1, kos.koBetween(base + 1_000, base + 2_000), "second 1 only: the end is exclusive");
    assertEquals(0, KoCounter.none().koBetween(base, base + 5_000));
  }
}
