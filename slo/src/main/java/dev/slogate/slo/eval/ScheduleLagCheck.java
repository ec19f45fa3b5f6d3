package dev.slogate.slo.eval;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.UserTimeline;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whether the injector started users when the plan said, read from the log's user starts ({@link ScheduleLag}).
 * Comparing totals is not enough: an injector that stalls, runs up a backlog and then catches it up reaches the
 * planned count with every user late, and the users started in a burst load the target in a way the plan never
 * asked for. So the lag is read every 100 ms (the tick of {@link UserTimeline}) over each open-model phase's judged
 * window, and a phase whose largest lag is above {@link #allowedMillis} is INVALID.
 */
final class ScheduleLagCheck {

  private final RunPlan plan;
  private final long epochStartMillis;
  private final UserTimeline users;

  ScheduleLagCheck(RunPlan plan, long epochStartMillis, UserTimeline users) {
    this.plan = plan;
    this.epochStartMillis = epochStartMillis;
    this.users = users;
  }

  /** The lag a phase is always allowed, however short. */
  static final long FLOOR_MILLIS = 300;

  /**
   * The lag bound of a phase, in milliseconds: the larger of {@value #FLOOR_MILLIS} ms and 1% of the phase's length,
   * plus one planned inter-arrival time at the window's lowest rate (at most the phase's length).
   *
   * <p>Why: healthy Gatling runs of the CI suite (5 to 200 users/s, 2 shared cores, four builds at once) started their
   * users at most 39 ms behind the plan, most of them 0 ms; a stalled injector is seconds behind (2.3 s in the plan the
   * injector cannot reach). {@value #FLOOR_MILLIS} ms sits well above the first and well below the second, and above
   * a long GC pause of a healthy JVM. A longer phase tolerates a longer hiccup, as a share of what is judged (1% of a
   * 10-minute phase is 6 s). And one arrival's worth of time is a quantum the log cannot resolve: at 5 users/s the plan
   * asks for one user every 200 ms, so an injector that starts each user one tick late trails the smooth planned
   * curve by up to that much without being behind at all.
   */
  static long allowedMillis(Phase phase, double lowestRatePerSecond) {
    long quantum = lowestRatePerSecond > 0 ? (long) Math.ceil(1000 / lowestRatePerSecond) : phase.durationMillis();
    return Math.max(FLOOR_MILLIS, phase.durationMillis() / 100) + Math.min(quantum, phase.durationMillis());
  }

  /**
   * {@code load} with the window's lag, made INVALID when the lag is above the bound and the arrivals' count found
   * nothing; a count already off the plan keeps its own finding, which says more than the lag that follows from it.
   */
  PhaseValidity check(PhaseValidity load) {
    Optional<ScheduleLag> lag = measure(load.window());
    if (lag.isEmpty()) {
      return load;
    }
    PhaseValidity measured = load.withScheduleLag(lag.get());
    if (!lag.get().exceeded() || load.status() == LoadStatus.INVALID) {
      return measured;
    }
    return measured.with(LoadStatus.INVALID, new LoadFinding.LateStarts(load.phase(), lag.get()));
  }

  /** The lag of the window, or empty for a phase without planned arrivals or without a whole second. */
  Optional<ScheduleLag> measure(PhaseWindow window) {
    Optional<Phase> phase = plan.phase(window.phase());
    Optional<PlannedArrivals> planned = PlannedArrivals.leadingTo(plan, window.phase());
    if (phase.isEmpty() || planned.isEmpty() || window.seconds() == 0) {
      return Optional.empty();
    }
    long originTick = UserTimeline.tickOf(epochStartMillis + planned.get().startOffsetMillis());
    long startedBeforeOrigin = users.startedBefore(originTick);
    int samples = Math.toIntExact(window.seconds() * UserTimeline.TICKS_PER_SECOND);
    long[] lags = new long[samples];
    long firstTick = window.fromEpochSecond() * UserTimeline.TICKS_PER_SECOND;
    for (int k = 1; k <= samples; k++) {
      long tick = firstTick + k;
      long achieved = users.startedBefore(tick) - startedBeforeOrigin;
      // When the plan had asked for as many users as were started by now: the horizontal distance between the curves.
      OptionalLong due = planned.get().reached(achieved);
      long now = tick * UserTimeline.TICK_MILLIS - epochStartMillis;
      lags[k - 1] = due.isEmpty() ? 0 : Math.max(0, now - due.getAsLong());
    }
    Arrays.sort(lags);
    long max = lags[samples - 1];
    long p99 = lags[(int) Math.ceil(0.99 * samples) - 1];
    double lowestRate = Math.min(phase.get().plannedRateAt(window.fromEpochSecond() * 1000 - epochStartMillis),
        phase.get().plannedRateAt(window.toEpochSecondExclusive() * 1000 - epochStartMillis));
    return Optional.of(new ScheduleLag(max, p99, allowedMillis(phase.get(), lowestRate)));
  }
}
