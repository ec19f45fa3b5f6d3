package dev.slogate.reports.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.HealthFinding;
import dev.slogate.slo.eval.InjectorProblem;
import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.LoadFinding.Pace;
import dev.slogate.slo.eval.LoadFinding;
import dev.slogate.slo.eval.Note;
import dev.slogate.slo.eval.ScheduleLag;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.record.ClockOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every kind of load and health finding, worded from its figures. The slo tests assert the figures of real checks
 * ({@code LoadValidityCheckTest}, {@code ScheduleLagCheckTest}, {@code ClosedUsersCheckTest},
 * {@code InjectorLocalFailuresTest}, {@code InjectorHealthTest}, {@code StreamingEvaluationTest}); these assert the
 * sentences those figures read as.
 */
class FindingsWordsTest {

  private static final HealthFinding.Stalled STALLED =
      new HealthFinding.Stalled(30, 25, OptionalDouble.empty(), 87);

  @Test
  void arrivalsBelowAboveAndOnThePlan() {
    assertEquals("the injector did not reach the planned rate in steady: 812 of 1,000 planned arrivals (81%)",
        Words.load(new LoadFinding.Arrivals("steady", Pace.BELOW, 812, 1_000)));
    assertEquals("the injector did not reach the planned rate in steady: 950 of 1,520 planned arrivals (63%)",
        Words.load(new LoadFinding.Arrivals("steady", Pace.BELOW, 950, 1_520)));
    assertEquals("the injector exceeded the planned rate in steady: 1,200 of 1,000 planned arrivals (120%)",
        Words.load(new LoadFinding.Arrivals("steady", Pace.ABOVE, 1_200, 1_000)));
    assertEquals("the injector kept to the planned rate in steady: 1,000 of 1,000 planned arrivals (100%)",
        Words.load(new LoadFinding.Arrivals("steady", Pace.KEPT, 1_000, 1_000)));
    assertEquals("the injector kept to the planned rate in steady: 2,900 of 2,900 planned arrivals (100%)",
        Words.load(new LoadFinding.Arrivals("steady", Pace.KEPT, 2_900, 2_900)));
  }

  @Test
  void phasesNotChecked() {
    assertEquals("no run plan, so the achieved load (6,000 arrivals) is not checked",
        Words.load(new LoadFinding.NoPlan(6_000)));
    assertEquals("phase steady holds no whole second, so nothing in it is judged",
        Words.load(new LoadFinding.NoWholeSecond("steady")));
    assertEquals("phase soak has no planned arrival rate (closed model), so its load is not checked",
        Words.load(new LoadFinding.NoPlannedRate("soak")));
  }

  @Test
  void lateStartsNameTheLagAndItsBound() {
    assertEquals("the injector started users up to 2 s late in steady (p99 1.85 s), above the 310 ms allowed: it fell "
        + "behind the plan, so the arrivals were not the plan's even where their count was; find what held the injector "
        + "back (CPU, GC pauses, descriptors) or lower the rate",
        Words.load(new LoadFinding.LateStarts("steady", new ScheduleLag(2_000, 1_850, 310))));
  }

  @Test
  void usersHeldOrNotInAClosedModel() {
    assertEquals("the injector held the planned users in soak: 10 concurrent users, second by second",
        Words.load(new LoadFinding.UsersHeld("soak", new Phase.Users(10, 10))));
    assertEquals("the injector held the planned users in soak: 10→20 concurrent users, second by second",
        Words.load(new LoadFinding.UsersHeld("soak", new Phase.Users(10, 20))));
    assertEquals("the injector could not hold the planned users in soak: as few as 5 concurrent users 9.8 s into the run, "
        + "where the plan holds 10 (±1.5 allowed); it did not start users as fast as they ended (a stalled injector, or a "
        + "stage before it that overran its plan)",
        Words.load(new LoadFinding.UsersOffPlan("soak", true, 9_750, 5, 10, 1.5)));
    assertEquals("the injector held more users than planned in soak: as many as 13 concurrent users 4.0 s into the run, "
        + "where the plan holds 10 (±1.5 allowed)",
        Words.load(new LoadFinding.UsersOffPlan("soak", false, 4_000, 13, 10, 1.5)));
  }

  @Test
  void injectorLocalFailuresNameTheCauseCountAndRemedy() {
    assertEquals("the injector ran out of file descriptors in steady (100 requests failed locally; raise `ulimit -n` or "
        + "lower the rate)", Words.load(faults("steady", Map.of(Cause.FILE_DESCRIPTORS, 100L), Optional.empty())));
    assertEquals("the injector ran out of file descriptors in steady (1 request failed locally; raise `ulimit -n` or "
        + "lower the rate)", Words.load(faults("steady", Map.of(Cause.FILE_DESCRIPTORS, 1L), Optional.empty())));
    assertEquals("the injector ran out of local ports in steady (120 requests failed locally; widen "
        + "`net.ipv4.ip_local_port_range`, keep connections shared or lower the rate); the injector exceeded the planned "
        + "rate in steady: 1,200 of 1,000 planned arrivals (120%)", Words.load(faults("steady",
            Map.of(Cause.LOCAL_PORTS, 120L), Optional.of(new LoadFinding.Arrivals("steady", Pace.ABOVE, 1_200, 1_000)))));
    assertEquals("the injector could not resolve the target's host name in soak (50 requests failed locally; check the "
        + "target's address and the injector's DNS resolver); phase soak has no planned arrival rate (closed model), so "
        + "its load is not checked", Words.load(faults("soak", Map.of(Cause.NAME_RESOLUTION, 50L),
            Optional.of(new LoadFinding.NoPlannedRate("soak")))));
    assertEquals("the injector ran out of file descriptors in whole-run (600 requests failed locally; raise `ulimit -n` "
        + "or lower the rate); no run plan, so the achieved load (6,000 arrivals) is not checked",
        Words.load(faults("whole-run", Map.of(Cause.FILE_DESCRIPTORS, 600L), Optional.of(new LoadFinding.NoPlan(6_000)))));
    // several causes in the classifier's order, whatever the map's
    assertEquals("the injector ran out of file descriptors in steady (2 requests failed locally; raise `ulimit -n` or "
        + "lower the rate), and the injector ran out of local ports in steady (3 requests failed locally; widen "
        + "`net.ipv4.ip_local_port_range`, keep connections shared or lower the rate)",
        Words.load(faults("steady", Map.of(Cause.LOCAL_PORTS, 3L, Cause.FILE_DESCRIPTORS, 2L), Optional.empty())));
  }

  @Test
  void anUnhealthyInjectorIsTheLoadChecksFindingToo() {
    HealthFinding.Unhealthy stalled = new HealthFinding.Unhealthy("steady", List.of(STALLED), 0);
    assertEquals("in steady the injector stalled: its hiccup p99 was 30 ms, above the 25 ms allowed (GC paused it 87 ms "
        + "in the phase); give the injector more CPU or lower the rate", Words.load(new LoadFinding.InjectorFaults(
            "steady", Map.of(), Optional.of(stalled), Optional.empty())));
    assertEquals("the injector ran out of file descriptors in steady (580 requests failed locally; raise `ulimit -n` or "
        + "lower the rate), and in steady the injector stalled: its hiccup p99 was 30 ms, above the 25 ms allowed (GC "
        + "paused it 87 ms in the phase); give the injector more CPU or lower the rate",
        Words.load(new LoadFinding.InjectorFaults("steady", Map.of(Cause.FILE_DESCRIPTORS, 580L), Optional.of(stalled),
            Optional.empty())));
  }

  @Test
  void aMergedRunsMissingInjectorClockAndUnhealthyInjectorAreNamed() {
    HealthFinding.Unhealthy cpu = new HealthFinding.Unhealthy("steady", List.of(new HealthFinding.CpuBound(0.97, 0.85)), 0);
    assertEquals("injector 1 of 3 is missing from the merged run (it failed, or its run folder was not merged), so its "
        + "share of the load was never measured, and the clock of injector 2 of 3 (b) was +250 ms ±2 ms against the "
        + "coordinator's clock (round trip), beyond the 100 ms the merge allows, so its seconds do not line up with the others', and "
        + "injector 0 of 3 (a): in steady the injector was CPU-bound: its JVM used 97% of the CPU it may use (85% or "
        + "more is saturated); give the injector more cores, run the target elsewhere or lower the rate",
        Words.load(new LoadFinding.InjectorFaults("steady",
            List.of(new InjectorProblem.Missing(1, 3), new InjectorProblem.ClockBeyondBound("injector 2 of 3 (b)",
                new ClockOffset(ClockOffset.Reference.COORDINATOR, 250, 2))),
            Map.of(), Optional.of(new HealthFinding.UnhealthyInjectors("steady",
                List.of(new HealthFinding.NamedUnhealthy("injector 0 of 3 (a)", cpu)))), Optional.empty())));
  }

  @Test
  void unverifiedClocksAreANote() {
    assertEquals("The clock offsets of the injectors are unverified (injector 2 of 3 (b) +600 ms ±500 ms against the "
        + "target's HTTP Date header (1 s resolution, unverified); injector 0 of 3 (a) not measured): only a round trip to the coordinator bounds "
        + "an offset within 100 ms.", Words.note(new Note.UnverifiedClocks(List.of(
            new Note.UnverifiedClock("injector 2 of 3 (b)",
                Optional.of(new ClockOffset(ClockOffset.Reference.TARGET_DATE_HEADER, 600, 500))),
            new Note.UnverifiedClock("injector 0 of 3 (a)", Optional.empty())))));
  }

  @Test
  void healthyAndNotRecorded() {
    assertEquals("the injector was healthy in steady: hiccup p99 0.08 ms (allowed 25 ms)",
        Words.health(new HealthFinding.Healthy("steady", 0.08, 25)));
    assertEquals("injector health not recorded", Words.health(new HealthFinding.Unknown()));
    assertEquals("injector health not recorded: no timeline of slogate's sampler came with this run, so connection-level "
        + "failures count against the target", Words.health(new HealthFinding.NoTimeline()));
    assertEquals("injector health not recorded in steady: the sampler recorded none of its seconds, so connection-level "
        + "failures count against the target", Words.health(new HealthFinding.NoSecondSampled("steady")));
  }

  @Test
  void eachUnhealthyFigureWithItsBoundAndRemedy() {
    assertEquals("in steady the injector stalled: its hiccup p99 was 30 ms, above the 25 ms allowed (GC paused it 87 ms "
        + "in the phase); give the injector more CPU or lower the rate", unhealthy(STALLED, 0));
    assertEquals("in steady the injector stalled: its hiccup p99 was 60 ms, above the 50 ms (a quarter of the tightest "
        + "latency objective, 200 ms) allowed (GC paused it 1.5 s in the phase); give the injector more CPU or lower the "
        + "rate", unhealthy(new HealthFinding.Stalled(60, 50, OptionalDouble.of(200), 1_500), 0));
    assertEquals("in steady the injector was CPU-bound: its JVM used 90% of the CPU it may use (85% or more "
        + "is saturated); give the injector more cores, run the target elsewhere or lower the rate",
        unhealthy(new HealthFinding.CpuBound(0.9, 0.85), 0));
    assertEquals("in steady the injector's file descriptors neared their limit: 950 of 1,024 open (92.8%, above 90%); "
        + "raise `ulimit -n` or lower the rate",
        unhealthy(new HealthFinding.DescriptorsNearLimit(950, 1_024, 950 / 1_024.0, 0.9), 0));
  }

  @Test
  void connectionLevelFailuresOfAnUnhealthyPhaseAreNotCharged() {
    assertEquals("in steady the injector stalled: its hiccup p99 was 30 ms, above the 25 ms allowed (GC paused it 87 ms "
        + "in the phase); give the injector more CPU or lower the rate; its 580 connection-level failures are not "
        + "charged to the target", unhealthy(STALLED, 580));
    assertEquals("in steady the injector stalled: its hiccup p99 was 30 ms, above the 25 ms allowed (GC paused it 87 ms "
        + "in the phase); give the injector more CPU or lower the rate, and the injector was CPU-bound: its JVM used 90% "
        + "of the CPU it may use (85% or more is saturated); give the injector more cores, run the target elsewhere or "
        + "lower the rate; its 1 connection-level failure is not charged to the target",
        Words.health(new HealthFinding.Unhealthy("steady", List.of(STALLED, new HealthFinding.CpuBound(0.9, 0.85)), 1)));
  }

  @Test
  void causesOfFailedRequests() {
    assertEquals("the injector ran out of file descriptors", Words.cause(Cause.FILE_DESCRIPTORS));
    assertEquals("the connection was refused, reset or closed", Words.cause(Cause.CONNECTION));
    assertEquals("a failure this table does not know, counted against the target", Words.cause(Cause.UNKNOWN));
  }

  private static LoadFinding faults(String phase, Map<Cause, Long> local, Optional<LoadFinding> arrivals) {
    return new LoadFinding.InjectorFaults(phase, local, Optional.empty(), arrivals);
  }

  private static String unhealthy(HealthFinding.Problem problem, long connectionLevelFailures) {
    return Words.health(new HealthFinding.Unhealthy("steady", List.of(problem), connectionLevelFailures));
  }
}
