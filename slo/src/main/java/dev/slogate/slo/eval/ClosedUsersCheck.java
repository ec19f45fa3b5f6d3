package dev.slogate.slo.eval;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.UserTimeline;
import java.util.Optional;

/**
 * Whether a closed-model phase held the concurrent users its plan records ({@link Phase#users()}), read second by
 * second from the log as users started minus users ended. A closed model has no planned arrivals to check, but it
 * has a planned concurrency: an injector that cannot start a new user as fast as one ends (a stalled injector, or a
 * stage before it that overran, since a later stage waits for every user of the earlier ones) holds fewer, and the
 * target sees less load than planned.
 *
 * <p>The tolerance is the load tolerance (5% by default) of the planned users plus one user: a user ending and its
 * replacement starting straddle a second now and then. Gatling looks a closed step up to a second ahead, so each
 * second is compared with the plan's range over the second before and after it: a ramp or a step between phases
 * is not taken for a deficit. Plans written before closed phases recorded their users are not checked.
 */
final class ClosedUsersCheck {

  private final RunPlan plan;
  private final long epochStartMillis;
  private final UserTimeline users;
  private final double tolerance;

  ClosedUsersCheck(RunPlan plan, long epochStartMillis, UserTimeline users, double tolerance) {
    this.plan = plan;
    this.epochStartMillis = epochStartMillis;
    this.users = users;
    this.tolerance = tolerance;
  }

  /**
   * {@code load} with the users held judged, for a closed-model phase whose plan records its users; unchanged
   * otherwise. The arrivals' check leaves such a phase NOT_CHECKED (no planned rate), and this decides it.
   */
  PhaseValidity check(PhaseValidity load) {
    PhaseWindow window = load.window();
    Optional<Phase> phase = plan.phase(window.phase());
    if (phase.isEmpty() || !phase.get().holdsUsers() || window.seconds() == 0 || load.status() != LoadStatus.NOT_CHECKED) {
      return load;
    }
    Worst fewest = null;
    Worst most = null;
    for (long second = window.fromEpochSecond(); second <= window.toEpochSecondExclusive(); second++) {
      long offset = second * 1000 - epochStartMillis;
      double low = Math.min(plannedAt(offset - 1000), Math.min(plannedAt(offset), plannedAt(offset + 1000)));
      double high = Math.max(plannedAt(offset - 1000), Math.max(plannedAt(offset), plannedAt(offset + 1000)));
      long held = users.heldAt(second);
      double shortBy = low - allowed(low) - held;
      double overBy = held - high - allowed(high);
      if (shortBy > 0 && (fewest == null || shortBy > fewest.by)) {
        fewest = new Worst(offset, held, low, allowed(low), shortBy);
      }
      if (overBy > 0 && (most == null || overBy > most.by)) {
        most = new Worst(offset, held, high, allowed(high), overBy);
      }
    }
    String name = window.phase();
    Worst off = fewest != null ? fewest : most;
    if (off != null) {
      return load.with(LoadStatus.INVALID,
          new LoadFinding.UsersOffPlan(name, fewest != null, off.offsetMillis, off.held, off.planned, off.allowed));
    }
    return load.with(LoadStatus.VALID, new LoadFinding.UsersHeld(name, phase.get().users()));
  }

  private double allowed(double plannedUsers) {
    return tolerance * plannedUsers + 1;
  }

  /** The plan's concurrency at a run offset: that of the closed phase holding it, 0 elsewhere. */
  private double plannedAt(long offsetMillis) {
    for (Phase phase : plan.phases()) {
      if (phase.holdsUsers() && offsetMillis >= phase.startOffsetMillis() && offsetMillis < phase.endOffsetMillis()) {
        return phase.plannedUsersAt(offsetMillis);
      }
    }
    return 0;
  }

  private record Worst(long offsetMillis, long held, double planned, double allowed, double by) {}
}
