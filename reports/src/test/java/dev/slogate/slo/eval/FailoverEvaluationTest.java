package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.SyntheticRun.EPOCH_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.slo.record.RunRecord;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FailoverEvaluationTest {

  private static final RunRecord RECORD = new SyntheticRun().load(0, 20_000, 50, "GET /api/items", 3).build();

  private final Evaluator evaluator = new Evaluator();

  private static FaultWindow fault(int n, Long failoverMillis) {
    long injected = EPOCH_START + 1_000 + n * 1_000L;
    return new FaultWindow("kill-leader", "pod-kill leader", injected, injected + 500, injected + 40, failoverMillis,
        failoverMillis == null ? 10_000 : failoverMillis - 40, 3);
  }

  private ObjectiveResult judge(String objective, ChaosTimeline timeline) {
    return evaluator.evaluate(Specs.of(objective), RECORD, null, timeline).results().get(0);
  }

  private static ChaosTimeline timeline(Long... failovers) {
    List<FaultWindow> faults = new java.util.ArrayList<>();
    for (int i = 0; i < failovers.length; i++) {
      faults.add(fault(i, failovers[i]));
    }
    return new ChaosTimeline(faults, List.of(new ProbeSample(EPOCH_START + 1_000, 900, true, 200)));
  }

  @Test
  void oneFaultPassesOrFailsOnItsOwnFailoverTime() {
    ObjectiveResult quick = judge("{name: f, kind: failover, max: 5s}", timeline(1_200L));
    assertEquals(Verdict.PASS, quick.verdict());
    assertEquals("Failover after pod-kill leader (kill-leader) took 1.2 s, within the 5 s maximum.", Words.reason(quick));
    assertEquals(1200, quick.measurement().estimate());
    assertEquals(1, quick.measurement().samples());
    assertEquals("<= 5,000 ms", Words.threshold(quick.target()));

    ObjectiveResult slow = judge("{name: f, kind: failover, max: 5s}", timeline(7_200L));
    assertEquals(Verdict.FAIL, slow.verdict());
    assertEquals("Failover after pod-kill leader (kill-leader) took 7.2 s, above the 5 s maximum.", Words.reason(slow));
  }

  @Test
  void aFaultThatNeverRecoveredFails() {
    ObjectiveResult never = judge("{name: f, kind: failover, max: 5s}", timeline(800L, null));
    assertEquals(Verdict.FAIL, never.verdict());
    assertEquals(Double.POSITIVE_INFINITY, never.measurement().estimate());
    assertTrue(Words.reason(never).startsWith("The target never failed over after pod-kill leader (kill-leader)"), Words.reason(never));
  }

  @Test
  void severalFaultsAreJudgedOnTheWorst() {
    ObjectiveResult all = judge("{name: f, kind: failover, max: 5s}", timeline(800L, 2_500L, 1_100L));
    assertEquals(Verdict.PASS, all.verdict());
    assertEquals(2500, all.measurement().estimate());
    assertEquals(800, all.measurement().low());
    assertEquals("3 faults", all.series());
    assertEquals("Failover took at most 2.5 s over 3 faults (worst: pod-kill leader (kill-leader)), within the 5 s maximum.",
        Words.reason(all));
    ObjectiveResult oneSlow = judge("{name: f, kind: failover, max: 5s}", timeline(800L, 5_001L, 1_100L));
    assertEquals(Verdict.FAIL, oneSlow.verdict());
    assertTrue(Words.reason(oneSlow).endsWith("took 5.001 s, above the 5 s maximum (worst of 3 faults)."), Words.reason(oneSlow));
  }

  @Test
  void noFaultIsInconclusive() {
    for (ChaosTimeline none : new ChaosTimeline[] {null, ChaosTimeline.empty()}) {
      ObjectiveResult f = judge("{name: f, kind: failover, max: 5s}", none);
      assertEquals(Verdict.INCONCLUSIVE, f.verdict());
      assertEquals("No fault in this run, so failover time could not be measured.", Words.reason(f));
      assertNull(f.measurement().estimate());
    }
  }

  @Test
  void repeatedFaultsFormADistributionWithAnInterval() {
    Long[] quick = LongStream.rangeClosed(1, 12).map(i -> 1_000 + 100 * i).boxed().toArray(Long[]::new);
    ObjectiveResult median = judge("{name: f, kind: failover, max: 5s, percentile: 50}", timeline(quick));
    assertEquals(Verdict.PASS, median.verdict());
    assertEquals(1600, median.measurement().estimate()); // nearest rank 6 of 12
    assertTrue(median.measurement().hasInterval());
    assertTrue(median.measurement().upperBound() <= 5000);

    Long[] slow = LongStream.rangeClosed(1, 12).map(i -> 8_000 + i).boxed().toArray(Long[]::new);
    assertEquals(Verdict.FAIL, judge("{name: f, kind: failover, max: 5s, percentile: 50}", timeline(slow)).verdict());

    ObjectiveResult few = judge("{name: f, kind: failover, max: 5s, percentile: 50}", timeline(1_000L, 1_100L, 1_200L));
    assertEquals(Verdict.INCONCLUSIVE, few.verdict());
    assertEquals(5, few.measurement().requiredSamples());
    assertTrue(Words.reason(few).startsWith("Only 3 faults in this run: p50 of failover time at 95% confidence needs at least 5"), Words.reason(few));
  }

  @Test
  void minSamplesAppliesToFaults() {
    ObjectiveResult f = judge("{name: f, kind: failover, max: 5s, minSamples: 3}", timeline(1_000L));
    assertEquals(Verdict.INCONCLUSIVE, f.verdict());
    assertTrue(Words.reason(f).contains("needs at least 3"), Words.reason(f));
  }

  @Test
  void faultsAreReportedWithTheirTimings() {
    Evaluation evaluation = evaluator.evaluate(Specs.of("{name: f, kind: failover, max: 5s}"), RECORD, null, timeline(1_200L));
    assertEquals(1, evaluation.faults().size());
    FaultWindow fault = evaluation.faults().get(0);
    assertEquals(40, fault.timeToDetectMillis().getAsLong());
    assertEquals(1_160, fault.downtimeMillis());
  }
}
