package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.SyntheticRun.EPOCH_START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.ErrorBudget.FaultBudgetShare;
import dev.slogate.slo.record.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

  private final Evaluator evaluator = new Evaluator();

  @Test
  void budgetConsumedRemainingAndBurnRate() {
    // steady window: arrivals 150..5949 of 6,000; those with i % 1000 == 7 fail: 1007, 2007, 3007, 4007, 5007
    RunRecord record = SyntheticRun.planned(200, i -> 5, i -> i % 1000 != 7).build();
    ChaosTimeline chaos = new ChaosTimeline(List.of(
        new FaultWindow("kill-leader", "pod-kill leader", EPOCH_START + 20_000, EPOCH_START + 21_000, EPOCH_START + 20_050, 900L, 850, 2),
        new FaultWindow("delay", "network-delay 200ms", EPOCH_START + 25_000, EPOCH_START + 27_000, null, 0L, 0, 0)), List.of());
    Evaluation evaluation = evaluator.evaluate(
        Specs.of("{name: three-nines, kind: availability, target: 99.9%}"), record, SyntheticRun.plan(200), chaos);

    ErrorBudget budget = evaluation.errorBudget().orElseThrow();
    assertEquals("three-nines", budget.objective());
    assertEquals(0.999, budget.slo());
    assertEquals(0.001, budget.budget());
    assertEquals(5800, budget.requests());
    assertEquals(5, budget.failed());
    assertEquals(5.8, budget.allowedFailures(), 1e-12);
    assertEquals(5.0 / 5800, budget.observedErrorRatio(), 1e-15);
    assertEquals(5 / 5.8, budget.consumed(), 1e-12);
    assertEquals(1 - 5 / 5.8, budget.remaining(), 1e-12);
    assertEquals((5.0 / 5800) / 0.001, budget.burnRate(), 1e-12);
    assertEquals(List.of(new FaultBudgetShare("kill-leader", "pod-kill leader", 2, 2 / 5.8),
        new FaultBudgetShare("delay", "network-delay 200ms", 0, 0)), budget.faultShares());
    // 5 of 5,800 failed: the verdict cannot tell 0.086% from 0.1% yet
    assertEquals(Verdict.INCONCLUSIVE, evaluation.results().get(0).verdict());
  }

  @Test
  void anOverspentBudgetHasANegativeRemainder() {
    RunRecord record = SyntheticRun.planned(200, i -> 5, i -> i % 50 != 0).build(); // 2% fail
    Evaluation evaluation = evaluator.evaluate(Specs.of("{name: a, kind: availability, target: 99%}"), record, SyntheticRun.plan(200));
    ErrorBudget budget = evaluation.errorBudget().orElseThrow();
    assertEquals(116, budget.failed());
    assertEquals(2.0, budget.consumed(), 1e-12);
    assertEquals(-1.0, budget.remaining(), 1e-12);
    assertEquals(2.0, budget.burnRate(), 1e-12);
    assertTrue(budget.faultShares().isEmpty());
    assertEquals(Verdict.FAIL, evaluation.verdict());
  }

  @Test
  void noRequestsNoBudget() {
    Evaluation evaluation = evaluator.evaluate(Specs.of("{name: a, kind: availability, target: 99%}"), SyntheticRun.empty());
    assertTrue(evaluation.errorBudgets().isEmpty());
  }
}
