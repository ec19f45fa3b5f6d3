package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A closed-model phase judged by the users it held, second by second, against the users its plan records. */
class ClosedUsersCheckTest {

  private static final long START = SyntheticRun.EPOCH_START;

  private static RunPlan plan(Phase soak) {
    return new RunPlan("run-1", "dev.slogate.SyntheticSimulation", "http://127.0.0.1:8080", List.of(soak));
  }

  /** 10 concurrent users for 20 s, each living 999 ms and replaced 1 ms later. */
  private static final RunPlan TEN_USERS = plan(Phase.closed("soak", PhaseKind.STEADY, 0, 20_000, 10, 10));

  /**
   * {@code slots} users held from the run start for 20 s, except that the slots from {@code firstDropped} on start
   * nobody between 8 and 12 s: the injector could not replace them.
   */
  private static RunRecord held(int slots, int firstDropped) {
    RunRecordBuilder builder = new RunRecordBuilder();
    for (int slot = 0; slot < slots; slot++) {
      for (long start = slot * 97L; start < 20_000; start += 1_000) {
        if (slot >= firstDropped && start >= 8_000 && start < 12_000) {
          continue;
        }
        builder.userStarted(START + start);
        builder.request("GET /", List.of(), START + start, START + start + 5, true, null);
        builder.userEnded(START + start + 999);
      }
    }
    return builder.build(new RunMetadata("run-1", "dev.slogate.SyntheticSimulation", START, List.of("scenario"),
        List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", START)), true));
  }

  private static PhaseValidity soak(RunRecord run, RunPlan plan) {
    return new LoadValidityCheck(0.05, plan, run).check(run, PhaseWindows.of(run, plan).get(0));
  }

  @Test
  void usersHeldAsPlannedAreValid() {
    PhaseValidity soak = soak(held(10, 10), TEN_USERS);
    assertEquals(LoadStatus.VALID, soak.status(), soak.reason());
    assertEquals("the injector held the planned users in soak: 10 concurrent users, second by second", soak.reason());
    assertEquals(Optional.empty(), soak.scheduleLag(), "a closed model plans no arrivals to be late for");
  }

  @Test
  void usersThatCouldNotBeHeldAreInvalid() {
    PhaseValidity soak = soak(held(10, 5), TEN_USERS);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertEquals("the injector could not hold the planned users in soak: as few as 5 concurrent users 9.8 s into the run, "
        + "where the plan holds 10 (±1.5 allowed); it did not start users as fast as they ended (a stalled injector, or a "
        + "stage before it that overran its plan)", soak.reason());
  }

  @Test
  void oneUserShortIsWithinTheTolerance() {
    PhaseValidity soak = soak(held(10, 9), TEN_USERS);
    assertEquals(LoadStatus.VALID, soak.status(), soak.reason());
  }

  @Test
  void moreUsersThanPlannedAreInvalidToo() {
    PhaseValidity soak = soak(held(13, 13), TEN_USERS);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertEquals(true, soak.reason().startsWith("the injector held more users than planned in soak: as many as 13 "
        + "concurrent users "), soak.reason());
  }

  @Test
  void aRampOfUsersIsComparedWithItsOwnCurve() {
    // 10 users held all along against a plan ramping 10 -> 20: short by the end.
    PhaseValidity soak = soak(held(10, 10), plan(Phase.closed("soak", PhaseKind.STEADY, 0, 20_000, 10, 20)));
    assertEquals(LoadStatus.INVALID, soak.status(), soak.reason());
    // and against a ramp it follows within a user, valid
    PhaseValidity gentle = soak(held(10, 10), plan(Phase.closed("soak", PhaseKind.STEADY, 0, 20_000, 10, 11)));
    assertEquals(LoadStatus.VALID, gentle.status(), gentle.reason());
  }

  @Test
  void aPlanThatDoesNotRecordItsUsersLeavesTheClosedPhaseUnchecked() {
    RunPlan old = plan(Phase.constant("soak", PhaseKind.STEADY, 0, 20_000, 0));
    PhaseValidity soak = soak(held(10, 5), old);
    assertEquals(LoadStatus.NOT_CHECKED, soak.status());
    assertEquals("phase soak has no planned arrival rate (closed model), so its load is not checked", soak.reason());
  }
}
