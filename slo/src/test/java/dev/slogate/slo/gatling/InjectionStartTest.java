package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectionStartTest {

  private static final long RUN_START = 1_790_000_000_250L;

  @Test
  void theDelayRunsFromTheLogsRunStartToItsFirstUser(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "sim", RUN_START, List.of("a", "b"))) {
      writer.user(1, true, RUN_START + 340)
          .request(List.of(), "GET /", RUN_START + 340, RUN_START + 342, true, "")
          .user(0, true, RUN_START + 400)
          .user(1, false, RUN_START + 342);
    }
    assertEquals(OptionalLong.of(340), InjectionStart.delayMillis(log));
  }

  @Test
  void aLogWithoutUsersHasNoDelay(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "sim", RUN_START, List.of("a"))) {
      writer.error("crashed", RUN_START + 10);
    }
    assertEquals(OptionalLong.empty(), InjectionStart.delayMillis(log));
    assertSame(PLAN, InjectionStart.aligned(PLAN, log), "nothing to align on: the plan stays as written");
  }

  @Test
  void theAlignedPlanCountsEveryPhaseFromTheFirstArrival(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "sim", RUN_START, List.of("a"))) {
      writer.user(0, true, RUN_START + 420).user(0, false, RUN_START + 421);
    }

    RunPlan aligned = InjectionStart.aligned(PLAN, log);

    assertEquals(420, aligned.injectionDelayMillis());
    assertEquals(420, aligned.phase("warm-up").orElseThrow().startOffsetMillis());
    assertEquals(5_420, aligned.phase("steady").orElseThrow().startOffsetMillis());
  }

  private static final RunPlan PLAN = new RunPlan("run", "sim", "http://127.0.0.1:1", List.of(
      Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 100),
      Phase.constant("steady", PhaseKind.STEADY, 5_000, 10_000, 100)));
}
