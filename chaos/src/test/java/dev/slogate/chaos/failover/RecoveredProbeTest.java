package dev.slogate.chaos.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.slo.chaos.ProbeSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A probe that watches a value (the leader) counts the target recovered only once the value differs from the
 * one read before the fault; the failover meter then measures to that change, not to the first answer.
 */
class RecoveredProbeTest {

  private static final ProbeSpec LEADER = new ProbeSpec("/admin/leader", Duration.ofMillis(100), Duration.ofSeconds(1),
      200, Optional.of("/leaderPod"));

  private static ProbeSample answer(long at, String leader) {
    return new ProbeSample(at, 1_000, true, 200, leader);
  }

  private static ProbeSample refused(long at) {
    return new ProbeSample(at, 1_000, false, 0, null);
  }

  @Test
  void aPlainProbeIsRecoveredWhenItSucceeds() {
    Predicate<ProbeSample> recovered = RecoveredProbe.after(ProbeSpec.of("/health"), List.of(), 1_000);
    assertTrue(recovered.test(new ProbeSample(2_000, 1_000, true, 200)));
    assertFalse(recovered.test(refused(2_000)));
  }

  @Test
  void aWatchingProbeIsRecoveredOnlyWhenTheValueChanged() {
    List<ProbeSample> before = List.of(answer(0, "0-100"), answer(100, "0-100"), refused(200), answer(900, "0-100"));
    Predicate<ProbeSample> recovered = RecoveredProbe.after(LEADER, before, 1_000);
    assertFalse(recovered.test(answer(1_100, "0-100")), "the dead leader still named: not failed over");
    assertFalse(recovered.test(refused(1_200)));
    assertFalse(recovered.test(new ProbeSample(1_300, 1_000, false, 200, null)), "an answer without a leader");
    assertTrue(recovered.test(answer(1_400, "2-300")));
  }

  @Test
  void theValueBeforeIsTheLastOneReadBeforeTheInjection() {
    // A leader change before the fault (an earlier experiment's) is not this fault's failover.
    List<ProbeSample> before = List.of(answer(0, "0-100"), answer(500, "1-200"), answer(1_500, "2-300"));
    Predicate<ProbeSample> recovered = RecoveredProbe.after(LEADER, before, 1_000);
    assertFalse(recovered.test(answer(1_600, "1-200")));
    assertTrue(recovered.test(answer(1_700, "2-300")));
  }

  @Test
  void withoutAValueBeforeTheFaultNothingCountsAsRecovered() {
    Predicate<ProbeSample> recovered = RecoveredProbe.after(LEADER, List.of(refused(0), refused(500)), 1_000);
    assertFalse(recovered.test(answer(1_600, "2-300")), "no baseline: a failover cannot be shown, never an instant one");
  }

  @Test
  void theMeterMeasuresToTheNewLeaderNotToTheFirstAnswer() {
    // Leader 0-100 killed at 1000. The balancer routes around it at once (probes keep answering, naming the
    // dead leader) until a new one is elected at 5,000; probes every 100 ms.
    List<ProbeSample> samples = new ArrayList<>();
    for (long t = 0; t < 8_000; t += 100) {
      samples.add(answer(t, t < 5_000 ? "0-100" : "1-101"));
    }
    FaultObservation fault = new FaultObservation(1_000, 2_000L, 8_000, 3, Duration.ofSeconds(10));
    FaultMeasurement m = FailoverMeter.measure(fault, samples, RecoveredProbe.after(LEADER, samples, 1_000));
    assertEquals(4_001L, m.failoverMillis(), "from the kill to the first probe naming the new leader (answered at 5,001)");
    assertEquals(1_000L, m.firstFailureAtMillis(), "the first probe after the kill still named the old leader");
    assertEquals(40, m.failedProbes());
    // As a plain health probe, the same samples would show no outage at all.
    FaultMeasurement plain = FailoverMeter.measure(fault, samples);
    assertNull(plain.firstFailureAtMillis());
    assertEquals(1, plain.failoverMillis());
  }

  @Test
  void aLeaderThatNeverChangesNeverFailsOver() {
    List<ProbeSample> samples = new ArrayList<>();
    for (long t = 0; t < 8_000; t += 100) {
      samples.add(answer(t, "0-100"));
    }
    FaultObservation fault = new FaultObservation(1_000, 2_000L, 8_000, 3, Duration.ofSeconds(10));
    FaultMeasurement m = FailoverMeter.measure(fault, samples, RecoveredProbe.after(LEADER, samples, 1_000));
    assertNull(m.failoverMillis());
  }
}
