package dev.slogate.benchmarks.internal.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.gatling.SyntheticLogWriter;
import dev.slogate.slo.plan.RunPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedRunTest {

  private static final long RUN_START = 1_790_000_000_000L;
  private static final long INJECTION_DELAY = 600;

  /**
   * A plain Gatling run at 100 users/s whose injector started 600 ms after the logged run start and caught up
   * 60 late users in the last 600 ms of its warm-up. Judged on the plan moved to its first arrival, as a
   * slogate run is, its steady phase holds only steady load; on the unmoved plan the catching up would land
   * in the steady window and make the run look invalid.
   */
  @Test
  void aPlainRunIsJudgedOnThePlanMovedToItsFirstArrival(@TempDir Path dir) throws Exception {
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(dir.resolve("simulation.log"), "plain", RUN_START,
        List.of("steady load"))) {
      long firstUser = RUN_START + INJECTION_DELAY;
      for (long at = firstUser; at < firstUser + 6_000; at += 10) {
        oneRequest(writer, at);
      }
      for (long at = RUN_START + 2_000; at < RUN_START + 2_000 + INJECTION_DELAY; at += 10) {
        oneRequest(writer, at);
      }
    }
    RunPlan given = JudgedRun.steadyPlan("Plain", "http://127.0.0.1:1", 100, Duration.ofSeconds(2),
        Duration.ofSeconds(3), Duration.ofSeconds(1));

    JudgedRun run = JudgedRun.ofGatlingLog(dir, given);

    assertEquals(INJECTION_DELAY, run.plan().injectionDelayMillis());
    assertEquals(2_000 + INJECTION_DELAY, run.plan().phase(JudgedRun.STEADY).orElseThrow().startOffsetMillis());
    assertEquals(PhaseValidity.LoadStatus.VALID, run.steadyValidity().status(), Words.load(run.steadyValidity()));
    assertEquals(100.0, run.achievedRate(JudgedRun.STEADY), 0.001);

    JudgedRun unmoved = new JudgedRun(run.record(), given);
    assertEquals(PhaseValidity.LoadStatus.INVALID, unmoved.steadyValidity().status(),
        "the unmoved plan's steady window holds the warm-up's catching up");
  }

  private static void oneRequest(SyntheticLogWriter writer, long at) throws Exception {
    writer.user(0, true, at).request(List.of(), "GET /api/items", at, at + 1, true, "").user(0, false, at + 1);
  }
}
