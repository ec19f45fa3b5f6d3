package dev.slogate.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.coldstart.ColdRun.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTrialTest {

  private static final Path FOLDER = Path.of("run");

  private static ColdRun run(Outcome outcome, String cause, long earlyKo) {
    return new ColdRun(outcome, cause, earlyKo, "1.00 1.00 1.00", FOLDER);
  }

  @Test
  void countsVerdictsAndTheirCauses() {
    RateTrial trial = new RateTrial("5,000/s", 5_000, List.of(run(Outcome.PASS, "", 0), run(Outcome.INVALID, "lag", 0),
        run(Outcome.INVALID, "descriptors", 12), run(Outcome.INVALID, "lag", 0), run(Outcome.FAIL, "p99 32 ms", 0)),
        List.of(run(Outcome.OTHER, "plain Gatling", 400)));
    assertEquals(1, trial.count(Outcome.PASS));
    assertEquals(3, trial.count(Outcome.INVALID));
    assertEquals("descriptors 1, lag 2", trial.invalidCauses());
    assertEquals("p99 32 ms 1", trial.otherCauses());
    assertEquals(12, RateTrial.earlyKo(trial.slogate()));
  }

  @Test
  void earlyFailuresMeetTheGoalAtATenthOfPlainGatlingsAndNoneWherePlainHasNone() {
    List<ColdRun> plain400 = List.of(run(Outcome.OTHER, "plain Gatling", 400));
    assertTrue(new RateTrial("r", 1, List.of(run(Outcome.PASS, "", 40)), plain400).earlyKoWithinGoal());
    assertFalse(new RateTrial("r", 1, List.of(run(Outcome.PASS, "", 41)), plain400).earlyKoWithinGoal());
    List<ColdRun> plainNone = List.of(run(Outcome.OTHER, "plain Gatling", 0));
    assertTrue(new RateTrial("r", 1, List.of(run(Outcome.PASS, "", 0)), plainNone).earlyKoWithinGoal());
    assertFalse(new RateTrial("r", 1, List.of(run(Outcome.PASS, "", 1)), plainNone).earlyKoWithinGoal());
    assertTrue(new RateTrial("r", 1, List.of(run(Outcome.OTHER, "no verdict", -1)), plainNone).earlyKoWithinGoal(),
        "a run without a log adds nothing");
  }
}
