package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The plan's cumulative arrivals over one open-model stretch of a run: the phases with a planned rate that lead, back
 * to back, to a given phase. A backlog run up in warm-up and caught up in steady is steady's lag, so the curve starts
 * at the stretch's first phase, not at the judged phase. It stops at a phase without a planned rate (a closed model,
 * or a pause): the users started there are not the plan's arrivals.
 */
final class PlannedArrivals {

  private final List<Phase> phases;
  /** Run offset of the stretch's start. */
  private final long startOffsetMillis;
  private final long endOffsetMillis;
  private final double total;

  private PlannedArrivals(List<Phase> phases) {
    this.phases = List.copyOf(phases);
    this.startOffsetMillis = phases.get(0).startOffsetMillis();
    this.endOffsetMillis = phases.get(phases.size() - 1).endOffsetMillis();
    this.total = before(endOffsetMillis);
  }

  /** The stretch leading to {@code phaseName}; empty when that phase plans no arrivals or is not in the plan. */
  static Optional<PlannedArrivals> leadingTo(RunPlan plan, String phaseName) {
    List<Phase> all = plan.phases();
    int index = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(phaseName)) {
        index = i;
      }
    }
    if (index < 0 || !plansArrivals(all.get(index))) {
      return Optional.empty();
    }
    int first = index;
    while (first > 0 && plansArrivals(all.get(first - 1))) {
      first--;
    }
    return Optional.of(new PlannedArrivals(new ArrayList<>(all.subList(first, index + 1))));
  }

  private static boolean plansArrivals(Phase phase) {
    return !phase.holdsUsers() && (phase.startRate() > 0 || phase.endRate() > 0);
  }

  /** Where the stretch starts, from the run start. */
  long startOffsetMillis() {
    return startOffsetMillis;
  }

  /** Arrivals the plan asked for from the stretch's start to {@code offsetMillis}. */
  double before(long offsetMillis) {
    double sum = 0;
    for (Phase phase : phases) {
      sum += phase.plannedArrivalsBetween(startOffsetMillis, offsetMillis);
    }
    return sum;
  }

  /**
   * The first millisecond at which the plan had asked for {@code arrivals} arrivals; empty when the stretch asks for
   * fewer in all. The planned curve never decreases, so a binary search finds it.
   */
  OptionalLong reached(double arrivals) {
    if (arrivals > total) {
      return OptionalLong.empty();
    }
    long low = startOffsetMillis;
    long high = endOffsetMillis;
    while (low < high) {
      long middle = (low + high) >>> 1;
      if (before(middle) >= arrivals) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return OptionalLong.of(low);
  }
}
