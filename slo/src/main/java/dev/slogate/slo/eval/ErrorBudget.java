package dev.slogate.slo.eval;

import java.util.List;

/**
 * The error budget an availability objective defines, and how much of it the run spent.
 *
 * <p>Within a single run the consumed fraction and the burn rate are the same number (failed ÷ (budget ×
 * requests) = error ratio ÷ budget); both are given because people read them differently: "used 40% of the
 * budget" and "burning at 0.4×, sustainable".
 *
 * @param objective the availability objective's name
 * @param slo the SLO, e.g. 0.999
 * @param budget 1 − SLO: the share of requests allowed to fail
 * @param requests requests in the objective's judged windows
 * @param failed failed requests among them
 * @param allowedFailures budget × requests
 * @param observedErrorRatio failed ÷ requests
 * @param consumed failed ÷ allowed failures (1.0 = the whole budget)
 * @param remaining 1 − consumed; negative when overspent
 * @param burnRate observed error ratio ÷ budget
 * @param faultShares the share of the budget each fault of the chaos timeline consumed
 */
public record ErrorBudget(
    String objective,
    double slo,
    double budget,
    long requests,
    long failed,
    double allowedFailures,
    double observedErrorRatio,
    double consumed,
    double remaining,
    double burnRate,
    List<FaultBudgetShare> faultShares) {

  public ErrorBudget {
    faultShares = List.copyOf(faultShares);
  }

  /**
   * The Gatling requests that failed inside one fault's window, as a share of the budget.
   *
   * @param experiment the fault's experiment
   * @param fault the fault
   * @param failedRequests Gatling KOs between injection and recovery
   * @param share failed requests ÷ allowed failures
   */
  public record FaultBudgetShare(String experiment, String fault, long failedRequests, double share) {}
}
