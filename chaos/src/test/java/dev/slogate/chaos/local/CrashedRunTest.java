package dev.slogate.chaos.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.RunContext;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that stopped a process and then died: nothing may stay stopped. A SIGKILLed JVM runs no hook, so
 * the next run's sweep resumes the process; a JVM that is merely terminated resumes it in its shutdown hook.
 */
class CrashedRunTest {

  @TempDir
  Path dir;

  @Test
  void theNextRunsSweepResumesWhatASigkilledRunLeftStopped() throws Exception {
    Path state = dir.resolve("chaos-state.json");
    try (Victim victim = Victim.start()) {
      Process harness = startHarness(victim.pid(), state);
      try {
        awaitReady(harness, victim.pid());
        assertEquals('T', victim.state(), "the harness stopped it");

        harness.destroyForcibly();
        assertTrue(harness.waitFor(10, TimeUnit.SECONDS));
        // The harness has exited: nothing of it can run any more, so the state now is the state it left.
        assertEquals('T', victim.state(), "a SIGKILLed JVM runs no shutdown hook: still stopped");
        List<LedgerEntry> left = new FaultLedger(state).entries();
        assertEquals(1, left.size());
        assertEquals(harness.pid(), left.get(0).ownerPid());

        try (LocalProcessBackend next = new LocalProcessBackend(LocalBackendOptions.builder().stateFile(state).build())) {
          assertEquals(1, next.sweep(RunContext.of("next-run")));
        }

        assertNotEquals('T', victim.state(), "resumed by the sweep");
        assertTrue(victim.alive());
        assertTrue(new FaultLedger(state).entries().isEmpty());
      } finally {
        harness.destroyForcibly();
      }
    }
  }

  @Test
  void aTerminatedRunResumesWhatItStoppedInItsShutdownHook() throws Exception {
    Path state = dir.resolve("chaos-state.json");
    try (Victim victim = Victim.start()) {
      Process harness = startHarness(victim.pid(), state);
      try {
        awaitReady(harness, victim.pid());
        assertEquals('T', victim.state());

        harness.destroy();
        assertTrue(harness.waitFor(20, TimeUnit.SECONDS));

        assertNotEquals('T', victim.state(), "resumed by the shutdown hook (SIGTERM)");
        assertTrue(new FaultLedger(state).entries().isEmpty(), "and taken off the state file");
      } finally {
        harness.destroyForcibly();
      }
    }
  }

  private static Process startHarness(long victim, Path state) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", testClassPath(),
        StopHarness.class.getName(), Long.toString(victim), state.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitReady(Process harness, long victim) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    StringBuilder output = new StringBuilder();
    BufferedReader lines = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
      output.append(line).append('\n');
      if (line.equals(StopHarness.READY + victim)) {
        return;
      }
    }
    throw new AssertionError("the harness never stopped pid " + victim + ":\n" + output);
  }

  /** Surefire may hide the class path behind a manifest-only jar; it publishes the real one here. */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }
}
