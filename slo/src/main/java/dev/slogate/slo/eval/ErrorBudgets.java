package dev.slogate.slo.eval;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.ErrorBudget.FaultBudgetShare;
import dev.slogate.slo.spec.AvailabilityObjective;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6: the error budget of an availability objective, over the same windows the objective was judged
 * on, and the share of it each fault spent.
 */
final class ErrorBudgets {

  private ErrorBudgets() {}

  /** Null when the windows held no request of the objective: a budget of nothing is not a budget. */
  static ErrorBudget of(AvailabilityObjective objective, Sample sample, ChaosTimeline timeline) {
    long requests = sample.count();
    if (requests == 0) {
      return null;
    }
    long failed = sample.ko();
    double budget = objective.errorBudget();
    double allowed = budget * requests;
    double observed = (double) failed / requests;
    double consumed = failed / allowed;
    List<FaultBudgetShare> shares = new ArrayList<>();
    if (timeline != null) {
      for (FaultWindow fault : timeline.faults()) {
        shares.add(new FaultBudgetShare(fault.experiment(), fault.fault(), fault.gatlingKoInWindow(), fault.gatlingKoInWindow() / allowed));
      }
    }
    return new ErrorBudget(objective.name(), objective.target(), budget, requests, failed, allowed, observed, consumed,
        1 - consumed, observed / budget, shares);
  }
}
