package dev.slogate.chaos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.RunContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultCleanupTest {

  @Test
  void sweepsOncePerRunAndAgainAfterAFailedSweep() {
    List<String> swept = new ArrayList<>();
    FaultCleanup cleanup = new FaultCleanup("test-cleanup", () -> {});
    try {
      RunContext run = RunContext.of("run-1");
      ChaosException refused = new ChaosException("could not resume");
      assertSame(refused, assertThrows(ChaosException.class, () -> cleanup.beforeInjection(run, r -> {
        swept.add(r.runId());
        throw refused;
      })));
      cleanup.beforeInjection(run, r -> swept.add(r.runId()));
      cleanup.beforeInjection(run, r -> swept.add(r.runId()));
      cleanup.beforeInjection(RunContext.of("run-2"), r -> swept.add(r.runId()));
      assertEquals(List.of("run-1", "run-1", "run-2"), swept);
    } finally {
      cleanup.close(() -> {});
    }
    assertFalse(Runtime.getRuntime().removeShutdownHook(cleanup.shutdownHook()), "close stopped watching");
  }

  @Test
  void closeKeepsWatchingForShutdownWhenItCouldNotEndEverything() {
    FaultCleanup cleanup = new FaultCleanup("test-cleanup", () -> {});
    cleanup.beforeInjection(RunContext.of("run-1"), r -> {});
    assertThrows(ChaosException.class, () -> cleanup.close(() -> {
      throw new ChaosException("still applied");
    }));
    assertTrue(Runtime.getRuntime().removeShutdownHook(cleanup.shutdownHook()), "the hook tries again at exit");
  }

  @Test
  void endEachEndsEveryItemAndThrowsTheFirstFailureWithTheOthersSuppressed() {
    List<Integer> ended = new ArrayList<>();
    ChaosException first = assertThrows(ChaosException.class, () -> FaultCleanup.endEach(List.of(1, 2, 3), i -> {
      ended.add(i);
      if (i != 2) {
        throw new ChaosException("stuck " + i);
      }
    }));
    assertEquals(List.of(1, 2, 3), ended);
    assertEquals("stuck 1", first.getMessage());
    assertEquals(1, first.getSuppressed().length);
    assertEquals("stuck 3", first.getSuppressed()[0].getMessage());
  }

  @Test
  void theShutdownHookLogsInsteadOfThrowing() {
    List<String> ran = new ArrayList<>();
    FaultCleanup cleanup = new FaultCleanup("test-cleanup", () -> {
      ran.add("ended");
      throw new ChaosException("could not remove");
    });
    cleanup.shutdownHook().run();
    assertEquals(List.of("ended"), ran);
  }
}
