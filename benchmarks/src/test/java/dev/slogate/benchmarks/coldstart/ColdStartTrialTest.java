package dev.slogate.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.benchmarks.internal.harness.Executables;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.Nginx;
import dev.slogate.benchmarks.internal.harness.Programs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's cheap version of the cold-start trials (benchmarks/cold-start): against a healthy nginx, a cold run at the
 * trials' lowest rate PASSes; the same run under a low descriptor limit is INVALID naming descriptors, and one pinned to a
 * core and asked for far more than it can do is INVALID naming an injector cause; neither is ever a FAIL. Three
 * short Gatling JVMs, well under a minute each.
 */
class ColdStartTrialTest {

  private static final ColdRun.Shape SHORT = new ColdRun.Shape(Duration.ofSeconds(3), Duration.ofSeconds(5),
      Duration.ofSeconds(1));

  private static Nginx nginx;

  @TempDir
  static Path work;

  @BeforeAll
  static void startNginx() throws Exception {
    Programs.require(Nginx.binary().isPresent(), "nginx", "nginx");
    nginx = Nginx.start(work.resolve("nginx"), false);
  }

  @AfterAll
  static void stopNginx() {
    if (nginx != null) {
      nginx.close();
    }
  }

  @Test
  void aColdRunAtALowRatePassesAgainstAHealthyNginx() throws Exception {
    // 1,000/s for the 5 s steady phase: 5,000 requests, enough to show errors ≤ 0.1% with none failed (3,000 are).
    ColdRun run = ColdRun.slogate(nginx.url(), 1_000, SHORT, ColdStartSlo.write(work, 1_000), List.of(), work.resolve("low"));
    assertEquals(ColdRun.Outcome.PASS, run.outcome(), () -> run.cause() + ", see " + run.folder());
    assertEquals(0, run.earlyKo(), "no failed request in the first seconds");
  }

  @Test
  void theSameRunUnderALowDescriptorLimitIsInvalidNamingDescriptorsNeverFail() throws Exception {
    ColdRun run = ColdRun.slogate(nginx.url(), 5_000, SHORT, ColdStartSlo.write(work, 5_000),
        GatlingLauncher.underUlimit(ColdStartBenchmark.lowOpenFiles()), work.resolve("ulimit"));
    assertEquals(ColdRun.Outcome.INVALID, run.outcome(), () -> run.cause() + ", see " + run.folder());
    assertTrue(run.cause().contains("descriptors"), () -> run.cause() + ", see " + run.folder());
  }

  @Test
  void pinnedToOneCoreAndAskedForFarTooMuchTheRunIsInvalidNeverFail() throws Exception {
    Programs.require(Executables.onPath("taskset").isPresent(), "taskset", "util-linux");
    ColdRun run = ColdRun.slogate(nginx.url(), 30_000, SHORT, ColdStartSlo.write(work, 30_000),
        List.of("taskset", "-c", "0"), work.resolve("taskset"));
    assertNotEquals(ColdRun.Outcome.FAIL, run.outcome(), () -> run.cause() + ", see " + run.folder());
    assertEquals(ColdRun.Outcome.INVALID, run.outcome(), () -> run.cause() + ", see " + run.folder());
    assertTrue(run.cause().matches(".*\\b(lag|CPU|hiccup|rate|descriptors)\\b.*"), run::cause);
  }
}
