package dev.slogate.reports.words;

import dev.slogate.slo.eval.HealthFinding;
import dev.slogate.slo.eval.InjectorProblem;
import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.record.ClockOffset;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sentences of the load check's and the injector health check's findings, one per kind, lower-case and without a
 * full stop: reports embed them ("Load: phase steady: …", "The injector … , so this objective is neither passed nor
 * failed"). Numbers follow {@link Wording}.
 */
final class Findings {

  /** "injector health not recorded", the words every report uses for a run or phase without a timeline. */
  static final String HEALTH_NOT_RECORDED = "injector health not recorded";

  private Findings() {}

  static String load(LoadFinding finding) {
    if (finding instanceof LoadFinding.NoPlan f) {
      return "no run plan, so the achieved load (" + Wording.count(f.achievedArrivals()) + " arrivals) is not checked";
    }
    if (finding instanceof LoadFinding.NoWholeSecond f) {
      return "phase " + f.phase() + " holds no whole second, so nothing in it is judged";
    }
    if (finding instanceof LoadFinding.NoPlannedRate f) {
      return "phase " + f.phase() + " has no planned arrival rate (closed model), so its load is not checked";
    }
    if (finding instanceof LoadFinding.Arrivals f) {
      String counts = Wording.count(f.achieved()) + " of " + Wording.count(Math.round(f.planned()))
          + " planned arrivals (" + Math.round(100.0 * f.achieved() / f.planned()) + "%)";
      return switch (f.pace()) {
        case BELOW -> "the injector did not reach the planned rate in " + f.phase() + ": " + counts;
        case ABOVE -> "the injector exceeded the planned rate in " + f.phase() + ": " + counts;
        case KEPT -> "the injector kept to the planned rate in " + f.phase() + ": " + counts;
      };
    }
    if (finding instanceof LoadFinding.LateStarts f) {
      return "the injector started users up to " + Wording.duration(f.lag().maxMillis()) + " late in " + f.phase()
          + " (p99 " + Wording.duration(f.lag().p99Millis()) + "), above the " + Wording.duration(f.lag().allowedMillis())
          + " allowed: it fell behind the plan, so the arrivals were not the plan's even where their count was; find "
          + "what held the injector back (CPU, GC pauses, descriptors) or lower the rate";
    }
    if (finding instanceof LoadFinding.UsersOffPlan f) {
      String where = Wording.count(f.held()) + " concurrent users "
          + String.format(Locale.ROOT, "%.1f", f.offsetMillis() / 1000.0) + " s into the run, where the plan holds "
          + Wording.decimal(f.planned(), 3) + " (±" + Wording.decimal(f.allowed(), 3) + " allowed)";
      return f.fewer()
          ? "the injector could not hold the planned users in " + f.phase() + ": as few as " + where + "; it did not "
              + "start users as fast as they ended (a stalled injector, or a stage before it that overran its plan)"
          : "the injector held more users than planned in " + f.phase() + ": as many as " + where;
    }
    if (finding instanceof LoadFinding.UsersHeld f) {
      int start = f.planned().start();
      int end = f.planned().end();
      return "the injector held the planned users in " + f.phase() + ": "
          + (start == end ? Wording.count(start) : start + "→" + end) + " concurrent users, second by second";
    }
    if (finding instanceof LoadFinding.InjectorFaults f) {
      // In the classifier's table order, whatever map the finding holds.
      String causes = Stream.of(
          f.injectorProblems().stream().map(Findings::injectorProblem),
          new TreeMap<>(f.localFailures()).entrySet().stream().map(e -> cause(e.getKey()) + " in " + f.phase() + " ("
              + Wording.count(e.getValue()) + (e.getValue() == 1 ? " request" : " requests") + " failed locally; "
              + remedy(e.getKey()) + ")"),
          f.unhealthy().stream().map(Findings::health))
          .flatMap(s -> s)
          .collect(Collectors.joining(", and "));
      return f.arrivals().map(arrivals -> causes + "; " + load(arrivals)).orElse(causes);
    }
    throw new IllegalArgumentException("no sentence for " + finding);
  }

  static String health(HealthFinding finding) {
    if (finding instanceof HealthFinding.Unknown) {
      return HEALTH_NOT_RECORDED;
    }
    if (finding instanceof HealthFinding.NoTimeline) {
      return HEALTH_NOT_RECORDED + ": no timeline of slogate's sampler came with this run, so connection-level "
          + "failures count against the target";
    }
    if (finding instanceof HealthFinding.NoSecondSampled f) {
      return HEALTH_NOT_RECORDED + " in " + f.phase() + ": the sampler recorded none of its seconds, so "
          + "connection-level failures count against the target";
    }
    if (finding instanceof HealthFinding.Healthy f) {
      return "the injector was healthy in " + f.phase() + ": hiccup p99 " + Wording.millis(f.hiccupP99Millis())
          + " (allowed " + Wording.millis(f.allowedHiccupMillis()) + ")";
    }
    if (finding instanceof HealthFinding.UnhealthyInjectors f) {
      return f.injectors().stream().map(n -> n.injector() + ": " + health(n.finding()))
          .collect(Collectors.joining("; and "));
    }
    if (finding instanceof HealthFinding.Unhealthy f) {
      long failures = f.connectionLevelFailures();
      String notCharged = failures == 0 ? ""
          : "; its " + Wording.count(failures) + " connection-level failure" + (failures == 1 ? " is" : "s are")
              + " not charged to the target";
      return "in " + f.phase() + " " + f.problems().stream().map(Findings::problem).collect(Collectors.joining(", and "))
          + notCharged;
    }
    throw new IllegalArgumentException("no sentence for " + finding);
  }

  /** Why a merged run's injectors do not add up: a missing one, or one whose clock is off. */
  static String injectorProblem(InjectorProblem problem) {
    if (problem instanceof InjectorProblem.Missing p) {
      return "injector " + p.index() + " of " + p.count() + " is missing from the merged run (it failed, or its run "
          + "folder was not merged), so its share of the load was never measured";
    }
    if (problem instanceof InjectorProblem.ClockBeyondBound p) {
      return "the clock of " + p.injector() + " was " + p.clock().describe() + ", beyond the " + ClockOffset.BOUND_MILLIS
          + " ms the merge allows, so its seconds do not line up with the others'";
    }
    throw new IllegalArgumentException("no sentence for " + problem);
  }

  private static String problem(HealthFinding.Problem problem) {
    if (problem instanceof HealthFinding.Stalled p) {
      String bound = Wording.millis(p.allowedMillis()) + (p.tightestObjectiveMillis().isEmpty() ? ""
          : " (a quarter of the tightest latency objective, " + Wording.millis(p.tightestObjectiveMillis().getAsDouble())
              + ")");
      return "the injector stalled: its hiccup p99 was " + Wording.millis(p.hiccupP99Millis()) + ", above the " + bound
          + " allowed (GC paused it " + Wording.duration(p.gcPauseMillis()) + " in the phase); give the injector more "
          + "CPU or lower the rate";
    }
    if (problem instanceof HealthFinding.DescriptorsNearLimit p) {
      return "the injector's file descriptors neared their limit: " + Wording.count(p.open()) + " of "
          + Wording.count(p.limit()) + " open (" + Wording.percent(p.share()) + ", above "
          + Wording.percent(p.allowedShare()) + "); raise `ulimit -n` or lower the rate";
    }
    if (problem instanceof HealthFinding.CpuBound p) {
      return "the injector was CPU-bound: its JVM used " + Wording.percent(p.processCpu()) + " of the CPU it may use ("
          + Wording.percent(p.saturatedShare()) + " or more is saturated); give the injector more cores, run the target "
          + "elsewhere or lower the rate";
    }
    throw new IllegalArgumentException("no sentence for " + problem);
  }

  /** What went wrong, e.g. "the injector ran out of file descriptors". */
  static String cause(Cause cause) {
    return switch (cause) {
      case FILE_DESCRIPTORS -> "the injector ran out of file descriptors";
      case LOCAL_PORTS -> "the injector ran out of local ports";
      case NAME_RESOLUTION -> "the injector could not resolve the target's host name";
      case CONNECTION -> "the connection was refused, reset or closed";
      case REQUEST_TIMEOUT -> "the request timed out";
      case CHECK -> "the target's answer failed a check";
      case UNKNOWN -> "a failure this table does not know, counted against the target";
    };
  }

  /** What a person can do about an injector-local cause, e.g. "raise `ulimit -n` or lower the rate"; else empty. */
  static String remedy(Cause cause) {
    return switch (cause) {
      case FILE_DESCRIPTORS -> "raise `ulimit -n` or lower the rate";
      case LOCAL_PORTS -> "widen `net.ipv4.ip_local_port_range`, keep connections shared or lower the rate";
      case NAME_RESOLUTION -> "check the target's address and the injector's DNS resolver";
      case CONNECTION, REQUEST_TIMEOUT, CHECK, UNKNOWN -> "";
    };
  }
}
