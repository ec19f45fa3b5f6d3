package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(LoadStatus.VALID, soak.status(), String.valueOf(soak.finding()));
    assertEquals(new LoadFinding.UsersHeld("soak", new Phase.Users(10, 10)), soak.finding());
    assertEquals(Optional.empty(), soak.scheduleLag(), "a closed model plans no arrivals to be late for");
  }

  @Test
  void usersThatCouldNotBeHeldAreInvalid() {
    PhaseValidity soak = soak(held(10, 5), TEN_USERS);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertEquals(new LoadFinding.UsersOffPlan("soak", true, 9_750, 5, 10, 1.5), soak.finding());
  }

  @Test
  void oneUserShortIsWithinTheTolerance() {
    PhaseValidity soak = soak(held(10, 9), TEN_USERS);
    assertEquals(LoadStatus.VALID, soak.status(), String.valueOf(soak.finding()));
  }

  @Test
  void moreUsersThanPlannedAreInvalidToo() {
    PhaseValidity soak = soak(held(13, 13), TEN_USERS);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertTrue(soak.finding() instanceof LoadFinding.UsersOffPlan more && more.phase().equals("soak") && !more.fewer()
        && more.held() == 13, String.valueOf(soak.finding()));
  }

  @Test
  void aRampOfUsersIsComparedWithItsOwnCurve() {
    // 10 users held all along against a plan ramping 10 -> 20: short by the end.
    PhaseValidity soak = soak(held(10, 10), plan(Phase.closed("soak", PhaseKind.STEADY, 0, 20_000, 10, 20)));
    assertEquals(LoadStatus.INVALID, soak.status(), String.valueOf(soak.finding()));
    // and against a ramp it follows within a user, valid
    PhaseValidity gentle = soak(held(10, 10), plan(Phase.closed("soak", PhaseKind.STEADY, 0, 20_000, 10, 11)));
    assertEquals(LoadStatus.VALID, gentle.status(), String.valueOf(gentle.finding()));
  }

  @Test
  void aPlanThatDoesNotRecordItsUsersLeavesTheClosedPhaseUnchecked() {
    RunPlan old = plan(Phase.constant("soak", PhaseKind.STEADY, 0, 20_000, 0));
    PhaseValidity soak = soak(held(10, 5), old);
    assertEquals(LoadStatus.NOT_CHECKED, soak.status());
    assertEquals(new LoadFinding.NoPlannedRate("soak"), soak.finding());
  }
}
