package dev.slogate.benchmarks.internal.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadLockTest {

  @TempDir
  Path folder;

  @Test
  void theLockExcludesFlockUsersWhileHeldAndNotAfter() throws Exception {
    Path file = folder.resolve("load.lock");

    try (LoadLock lock = LoadLock.acquire(file)) {
      assertTrue(lock.held());
      assertEquals(1, tryFlock(file), "a shell user's flock -n must find the lock taken");
    }
    assertEquals(0, tryFlock(file), "closed, the lock is free again");
  }

  @Test
  void withoutALockFileNothingIsHeld() throws Exception {
    String before = System.getProperty(LoadLock.PROPERTY);
    System.clearProperty(LoadLock.PROPERTY);
    try (LoadLock lock = LoadLock.acquire()) {
      assertFalse(lock.held());
    } finally {
      if (before != null) {
        System.setProperty(LoadLock.PROPERTY, before);
      }
    }
  }

  /** flock(1) without waiting: 0 when it got the lock, 1 when another holds it. */
  private static int tryFlock(Path file) throws IOException, InterruptedException {
    return new ProcessBuilder("flock", "-n", "-E", "1", file.toString(), "true").inheritIO().start().waitFor();
  }
}
