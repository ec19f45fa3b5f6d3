package dev.slogate.slo.eval;

import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.UserTimeline;
import dev.slogate.slo.record.WindowStats;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Stage 2: whether the injector drove a phase window honestly. It compares the arrivals the injector achieved with
 * the plan: this is the guard against "a cold injector lies": a saturated injector slows down its own arrivals and
 * inflates its own latencies, so its numbers say nothing about the target. It reads how late the users started
 * ({@link ScheduleLagCheck}: a backlog caught up reaches the planned count late), and whether a closed model held its
 * planned users ({@link ClosedUsersCheck}). And it reads where the window's failures
 * arose ({@link KoMessageClassifier}): a single injector-local failure (out of descriptors, out of ports, a failed
 * local name resolution) makes the phase INVALID, with or without a plan, so that it never counts against the target.
 *
 * <p>The injector's own health in the window ({@link InjectorHealthCheck}, on the sampler's timeline) decides the
 * connection-level failures (refused, reset, premature close, request timeouts): in a healthy phase they count
 * against the target, through the objectives; an unhealthy phase is INVALID, its failures charged to no one. Where the
 * health was not recorded (a log read without slogate's sampler) they count against the target, as nothing says the
 * injector caused them, and the evaluation says "injector health not recorded".
 */
final class LoadValidityCheck {

  private final double tolerance;
  /** Null without a plan or without the run's user starts (a record saved before they were kept). */
  private final ScheduleLagCheck scheduleLag;
  private final ClosedUsersCheck closedUsers;
  private final InjectorHealthCheck health;
  /** The injectors of a merged run: a missing one, or one whose clock is off, makes every phase INVALID. */
  private final InjectorSetCheck injectors;

  /** Arrivals counted and failures classified; without a run to read the lag and users held from. */
  LoadValidityCheck(double tolerance) {
    this(tolerance, InjectorHealthCheck.notRecorded());
  }

  LoadValidityCheck(double tolerance, InjectorHealthCheck health) {
    this.tolerance = tolerance;
    this.health = health;
    this.scheduleLag = null;
    this.closedUsers = null;
    this.injectors = null;
  }

  /** Also the schedule lag and a closed model's users held, when there is a plan and the run kept its user starts. */
  LoadValidityCheck(double tolerance, RunPlan plan, RunMeasurements run) {
    this(tolerance, InjectorHealthCheck.notRecorded(), plan, run);
  }

  /** Every check: arrivals, failures, the injector's health, and with a plan the schedule lag and users held. */
  LoadValidityCheck(double tolerance, InjectorHealthCheck health, RunPlan plan, RunMeasurements run) {
    this.tolerance = tolerance;
    this.health = health;
    this.injectors = InjectorSetCheck.of(run.metadata());
    Optional<UserTimeline> users = plan == null ? Optional.empty() : run.users();
    long start = run.metadata().epochStartMillis();
    this.scheduleLag = users.map(u -> new ScheduleLagCheck(plan, start, u)).orElse(null);
    this.closedUsers = users.map(u -> new ClosedUsersCheck(plan, start, u, tolerance)).orElse(null);
  }

  /** The note for a merged run whose injectors' clocks were not all verified; empty otherwise. */
  Optional<Note.UnverifiedClocks> unverifiedClocks() {
    return injectors == null ? Optional.empty() : injectors.unverifiedClocks();
  }

  PhaseValidity check(RunMeasurements run, PhaseWindow window) {
    return check(run.window(window.fromEpochSecond(), window.toEpochSecondExclusive()), window);
  }

  /** @param stats the run's measurements added over exactly {@code window} */
  PhaseValidity check(WindowStats stats, PhaseWindow window) {
    PhaseHealth phaseHealth = health.check(window, stats.koMessages());
    PhaseValidity load = checkArrivals(stats, window);
    if (scheduleLag != null) {
      load = closedUsers.check(scheduleLag.check(load));
    }
    load = load.withHealth(phaseHealth);
    Map<Cause, Long> local = KoMessageClassifier.injectorLocal(stats.koMessages());
    List<InjectorProblem> missingOrOff = injectors == null ? List.of() : injectors.problems();
    if (local.isEmpty() && !phaseHealth.unhealthy() && missingOrOff.isEmpty()) {
      return load;
    }
    Optional<HealthFinding> unhealthy = Optional.of(phaseHealth).filter(PhaseHealth::unhealthy).map(PhaseHealth::finding);
    // The arrivals' own finding, when it is one, still says something about the phase.
    Optional<LoadFinding> arrivals = load.status() == LoadStatus.VALID ? Optional.empty() : Optional.of(load.finding());
    return load.with(LoadStatus.INVALID, new LoadFinding.InjectorFaults(window.phase(), missingOrOff, local, unhealthy, arrivals));
  }

  private PhaseValidity checkArrivals(WindowStats stats, PhaseWindow window) {
    long achieved = stats.usersStarted();
    OptionalDouble planned = window.plannedArrivals();
    if (planned.isEmpty()) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned, new LoadFinding.NoPlan(achieved));
    }
    if (window.seconds() == 0) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned,
          new LoadFinding.NoWholeSecond(window.phase()));
    }
    if (window.plannedRatePerSecond().orElse(0) == 0) {
      return new PhaseValidity(window, LoadStatus.NOT_CHECKED, achieved, planned,
          new LoadFinding.NoPlannedRate(window.phase()));
    }
    double plannedArrivals = planned.getAsDouble();
    // One arrival of slack: a window edge can cut one arrival either way.
    double allowed = tolerance * plannedArrivals + 1;
    LoadFinding.Pace pace = achieved < plannedArrivals - allowed ? LoadFinding.Pace.BELOW
        : achieved > plannedArrivals + allowed ? LoadFinding.Pace.ABOVE : LoadFinding.Pace.KEPT;
    return new PhaseValidity(window, pace == LoadFinding.Pace.KEPT ? LoadStatus.VALID : LoadStatus.INVALID, achieved,
        planned, new LoadFinding.Arrivals(window.phase(), pace, achieved, plannedArrivals));
  }
}
