package dev.slogate.slo.baseline;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether two runs measured the same thing. A percentile of another workload, another load shape or another
 * system says nothing about a regression, so such a comparison is refused with the first difference found.
 */
final class Compatibility {

  private Compatibility() {}

  /** The reason the runs cannot be compared, or empty when they can. */
  static Optional<String> problem(RunRecord current, RunPlan currentPlan, String currentSystem, Baseline baseline) {
    String baselineSimulation = baseline.record().metadata().simulation();
    String simulation = current.metadata().simulation();
    if (!simulation.equals(baselineSimulation)) {
      return Optional.of("the baseline ran simulation " + baselineSimulation + ", this run " + simulation);
    }
    if (baseline.system() != null && !baseline.system().equals(currentSystem)) {
      return Optional.of("the baseline was judged for system " + baseline.system() + ", this run for " + currentSystem);
    }
    RunPlan plan = baseline.plan();
    if ((plan == null) != (currentPlan == null)) {
      return Optional.of(plan == null
          ? "the baseline has no run plan, so its phases cannot be matched with this run's"
          : "this run has no run plan, so its phases cannot be matched with the baseline's");
    }
    return plan == null ? Optional.empty() : planProblem(plan, currentPlan);
  }

  private static Optional<String> planProblem(RunPlan baseline, RunPlan current) {
    if (Double.compare(baseline.scaleFactor(), current.scaleFactor()) != 0) {
      return Optional.of(String.format(Locale.ROOT, "the baseline ran at scale factor %s, this run at %s",
          number(baseline.scaleFactor()), number(current.scaleFactor())));
    }
    if (baseline.phases().size() != current.phases().size()) {
      return Optional.of("the baseline's plan has " + baseline.phases().size() + " phases ("
          + names(baseline) + "), this run's " + current.phases().size() + " (" + names(current) + ")");
    }
    for (int i = 0; i < current.phases().size(); i++) {
      Phase b = baseline.phases().get(i);
      Phase c = current.phases().get(i);
      String difference = null;
      if (!b.name().equals(c.name()) || b.kind() != c.kind()) {
        difference = "is " + b.name() + " (" + b.kind().id() + ") in the baseline and " + c.name() + " (" + c.kind().id() + ") here";
      } else if (b.startOffsetMillis() != c.startOffsetMillis() || b.durationMillis() != c.durationMillis()) {
        difference = String.format(Locale.ROOT, "runs %s–%s s in the baseline and %s–%s s here",
            number(b.startOffsetMillis() / 1000.0), number(b.endOffsetMillis() / 1000.0),
            number(c.startOffsetMillis() / 1000.0), number(c.endOffsetMillis() / 1000.0));
      } else if (!sameRate(b.startRate(), c.startRate()) || !sameRate(b.endRate(), c.endRate())) {
        difference = "plans " + rate(b) + " in the baseline and " + rate(c) + " here";
      }
      if (difference != null) {
        return Optional.of("phase " + (i + 1) + " " + difference);
      }
    }
    return Optional.empty();
  }

  private static boolean sameRate(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static String rate(Phase phase) {
    return phase.isRamp() ? number(phase.startRate()) + "→" + number(phase.endRate()) + "/s" : number(phase.startRate()) + "/s";
  }

  private static String names(RunPlan plan) {
    return String.join(", ", plan.phases().stream().map(Phase::name).toList());
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
