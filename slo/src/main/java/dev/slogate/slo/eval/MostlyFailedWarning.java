package dev.slogate.slo.eval;

import dev.slogate.slo.spec.AvailabilityObjective;
import dev.slogate.slo.spec.ErrorFrequencyObjective;
import dev.slogate.slo.spec.ErrorRateObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.record.WindowStats;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A loud note for a run in which most judged requests failed. An SLO file may judge only latency, or only an alert
 * that no whole window fitted, and then a run with 70% failures could end INCONCLUSIVE and pass under a lenient
 * policy with nothing said about its failures. The note does not change a verdict; it says what happened, and which
 * objective judges failures, or which one would.
 */
final class MostlyFailedWarning {

  /** Fewer requests than this say too little to warn about. */
  static final long MIN_REQUESTS = 20;

  private MostlyFailedWarning() {}

  /** @param judged the measurements of each judged phase window, once each */
  static Optional<Note> of(SloSpec spec, Collection<WindowStats> judged) {
    long failed = judged.stream().mapToLong(w -> w.overall().koCount()).sum();
    long all = judged.stream().mapToLong(w -> w.overall().count()).sum();
    if (all < MIN_REQUESTS || 2 * failed <= all) {
      return Optional.empty();
    }
    List<String> judgingFailures = spec.objectives().stream().filter(MostlyFailedWarning::judgesFailures)
        .map(Objective::name).toList();
    return Optional.of(new Note.MostlyFailed(failed, all, judgingFailures));
  }

  private static boolean judgesFailures(Objective objective) {
    return objective instanceof ErrorRateObjective || objective instanceof ErrorFrequencyObjective
        || objective instanceof AvailabilityObjective;
  }
}
